import { readOrdinal } from '@nianbao/schema';

// A sentence, a sub-head's colon or a closing quote or bracket ends a paragraph's last line.
const ending = /[。！？；：…”’」』）)\]】!?;:．.]$/;
// A line shorter than this is a sub-head or a short paragraph of its own, not a wrapped line.
const minWrapped = 12;

const startsItem = (text: string): boolean =>
  readOrdinal(text) !== undefined || /^[（(]?[一二三四五六七八九十\d]+[)）、.．]/.test(text);

/**
 * Paragraphs as written: a line that a page or PDF broke inside a sentence (“…更新提” / “供坚实…”)
 * joins the next; real paragraph ends (a sentence's end) and sub-heads (`（一）`, `1.`) stay.
 * @example joinProse(['本年度更新提', '供坚实保障。']) // ['本年度更新提供坚实保障。']
 */
export function joinProse(lines: readonly string[]): string[] {
  const joined: string[] = [];
  let open = false;
  for (const line of lines) {
    const text = line.trim();
    if (!text) continue;
    const last = joined.at(-1);
    if (open && last !== undefined && !startsItem(text)) joined[joined.length - 1] = last + text;
    else joined.push(text);
    const current = joined.at(-1) ?? '';
    open = current.length >= minWrapped && !ending.test(current) && !startsItem(text);
  }
  return joined;
}
