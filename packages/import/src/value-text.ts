import { isEmptyCell } from './document.js';
import { readCell } from './read-cell.js';

// “6.” or “6、” alone is an item's number whose label went to the next line, not a value.
const enumerator = /^\s*[\d０-９]+\s*[.．、]\s*$/;

// The commonest values need no reading: digits of either width, grouped or not, maybe 件.
const plainNumber = /^\d{1,12}(?:\.\d{1,6})?$/;
const plainCount = /^(?:[0-9０-９]{1,12}|[0-9０-９]{1,3}(?:[,，][0-9０-９]{3}){1,3})件?$/;
// Values repeat across lines and reports: remember the last few thousand answers.
const known = new Map<string, boolean>();
const knownLimit = 4096;

/** True when a cell holds a value as tables print them: a number, an amount or a blank mark. */
export function isValueText(text: string): boolean {
  if (plainNumber.test(text) || plainCount.test(text)) return true;
  if (isEmptyCell(text) || text.length > 24 || enumerator.test(text)) return false;
  const cached = known.get(text);
  if (cached !== undefined) return cached;
  const value =
    readCell(text, 'signedCount').type !== 'unreadable' ||
    readCell(text, 'amount').type !== 'unreadable';
  if (known.size >= knownLimit) known.clear();
  known.set(text, value);
  return value;
}
