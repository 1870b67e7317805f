import { readOrdinal } from '@nianbao/schema';

/** A paragraph of a prose section; `head` is a second-level heading such as （一）主动公开情况. */
export interface ProseBlock {
  readonly head?: string;
  readonly body: string;
}

/**
 * Splits prose into paragraphs, one per non-blank line; a line starting with （一）… is a sub-head,
 * its first sentence a run-in heading (GB/T 9704), the rest body text (as the PDF sets it).
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
