import { isEmptyCell } from './document.js';
import { readCell } from './read-cell.js';

/** True when a cell holds a value as tables print them: a number, an amount or a blank mark. */
export function isValueText(text: string): boolean {
  if (isEmptyCell(text) || text.length > 24) return false;
  return (
    readCell(text, 'amount').type !== 'unreadable' || readCell(text, 'count').type !== 'unreadable'
  );
}
