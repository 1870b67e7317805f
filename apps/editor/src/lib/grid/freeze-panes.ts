/**
 * Freezes a table's header rows and row labels inside its scrolling frame: each `th` marked
 * `data-head` sticks below the headers above it, each marked `data-label` at its own left edge.
 * Offsets are measured, since merged headers and label columns have no fixed size; measured
 * again when the table resizes. Returns the cleanup, as a Svelte attachment.
 */
export function freezePanes(frame: HTMLElement): () => void {
  const table = frame.querySelector('table');
  if (!table) return () => undefined;
  const heads = [...table.querySelectorAll<HTMLElement>('th[data-head]')];
  const labels = [...table.querySelectorAll<HTMLElement>('th[data-label]')];
  const measure = () => {
    // Measured where they lie unscrolled: a stuck cell's offset counts its shift.
    for (const th of [...heads, ...labels]) th.style.top = th.style.left = '';
    let headHeight = 0;
    let labelWidth = 0;
    const tops = heads.map((th) => {
      const first = th.closest('tbody')?.querySelector<HTMLElement>('tr[data-head]');
      const top = (th.parentElement?.offsetTop ?? 0) - (first?.offsetTop ?? 0);
      headHeight = Math.max(headHeight, top + th.offsetHeight);
      return top;
    });
    const lefts = labels.map((th) => {
      labelWidth = Math.max(labelWidth, th.offsetLeft + th.offsetWidth);
      return th.offsetLeft;
    });
    heads.forEach((th, i) => (th.style.top = `${tops[i] ?? 0}px`));
    labels.forEach((th, i) => (th.style.left = `${lefts[i] ?? 0}px`));
    // A cell moved to by keyboard is scrolled clear of the frozen parts.
    frame.style.scrollPaddingTop = `${headHeight}px`;
    frame.style.scrollPaddingLeft = `${labelWidth}px`;
  };
  measure();
  const observer = new ResizeObserver(measure);
  observer.observe(table);
  return () => observer.disconnect();
}
