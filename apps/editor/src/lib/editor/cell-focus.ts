/** Focuses a number cell (or a prose field) by its JSON address. */
export function focusCell(address: string): boolean {
  const target = document.querySelector<HTMLElement>(
    `[data-cell="${CSS.escape(address)}"], [data-field="${CSS.escape(address)}"]`,
  );
  target?.focus();
  target?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  return target !== null;
}

/** Brings a cell into view without moving the focus (the far corner of a selection). */
export const showCell = (address: string) =>
  document
    .querySelector(`[data-cell="${CSS.escape(address)}"]`)
    ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
