import type { ContentText, Node } from 'pdfmake/interfaces.js';

// pdfmake moves a node to the next page only through the document's pageBreakBefore; a node
// that needs room after it (a heading before a table that breaks) carries that room in its id.
const prefix = 'keep-with-next:';

/** A line that starts a new page unless `room` points are left below its top. */
export function keepWithNext(line: ContentText, room: number): ContentText {
  // pdfmake reads `id` on any node; its types name it on tables of contents only.
  const marked: ContentText & { id: string } = { ...line, id: `${prefix}${Math.ceil(room)}` };
  return marked;
}

/** pdfmake's `pageBreakBefore`: true for a marked line with less room below it than it asked for. */
export function breaksBeforeKept(node: Node): boolean {
  if (typeof node.id !== 'string' || !node.id.startsWith(prefix)) return false;
  const { verticalRatio, pageInnerHeight } = node.startPosition;
  return (1 - verticalRatio) * pageInnerHeight < Number(node.id.slice(prefix.length));
}
