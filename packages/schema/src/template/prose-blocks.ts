import { readOrdinal } from './heading-ordinals.js';

/** A paragraph of a prose section; `head` is a second-level heading such as （一）主动公开情况. */
export interface ProseBlock {
  readonly head?: string;
  readonly body: string;
}

/**
 * Splits a prose section into paragraphs, one per non-blank line. A line starting with （一）…
 * is a sub-head: alone on its line it is a heading; followed by text in the same line, its
 * first sentence is a run-in heading (as GB/T 9704 sets them) and the rest is body text.
 * @example proseBlocks('（一）主动公开情况。全年公开…') // [{ head: '（一）主动公开情况。', body: '全年公开…' }]
 */
export function proseBlocks(text: string): ProseBlock[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line): ProseBlock => {
      if (readOrdinal(line)?.level !== 'subhead') return { body: line };
      const stop = line.indexOf('。');
      if (stop < 0 || stop === line.length - 1) return { head: line, body: '' };
      return { head: line.slice(0, stop + 1), body: line.slice(stop + 1) };
    });
}
