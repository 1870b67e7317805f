import { isEmptyCell } from './document.js';
import { readCell } from './read-cell.js';

// “6.” or “6、” alone is an item's number whose label went to the next line, not a value.
const enumerator = /^\s*[\d０-９]+\s*[.．、]\s*$/;

/** True when a cell holds a value as tables print them: a number, an amount or a blank mark. */
export function isValueText(text: string): boolean {
  if (isEmptyCell(text) || text.length > 24 || enumerator.test(text)) return false;
  return (
    readCell(text, 'signedCount').type !== 'unreadable' ||
    readCell(text, 'amount').type !== 'unreadable'
  );
}
