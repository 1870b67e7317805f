import { breakLines, type BrokenLine, type Measure } from './break-lines.js';

/**
 * Breaks a title into lines of whole pieces (never inside “2021年度”), greedily; a piece wider
 * than a line (a very long agency name) is broken by character, as body text is.
 */
export function titleLines(
  pieces: readonly string[],
  options: { readonly width: number; readonly measure: Measure },
): BrokenLine[] {
  const { width, measure } = options;
  const lines: BrokenLine[] = [];
  let text = '';
  const push = (line: string) => {
    const [broken] = breakLines([{ text: line, role: 'title' }], { width: Infinity, measure });
    if (broken) lines.push(broken);
  };
  for (const piece of pieces) {
    if (measure(text + piece, 'title') <= width + 0.01) {
      text += piece;
      continue;
    }
    if (text !== '') push(text);
    text = '';
    const broken = breakLines([{ text: piece, role: 'title' }], { width, measure });
    for (const line of broken.slice(0, -1)) lines.push(line);
    text =
      broken
        .at(-1)
        ?.segments.map((segment) => segment.text)
        .join('') ?? '';
  }
  if (text !== '' || lines.length === 0) push(text);
  return lines;
}
