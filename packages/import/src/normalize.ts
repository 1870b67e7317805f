const spaces = /[\s\u00a0\u3000\u200b\ufeff]+/g;
const quotes = /[“”„‟"＂]/g;
const singleQuotes = /[‘’']/g;
const enumeratorComma = /^(\d+)、/;
const plainAscii = /^[\x21-\x7e]*$/;
// Labels repeat in every report: remember the last few thousand.
const cache = new Map<string, string>();
const cacheLimit = 4096;

/**
 * A label as compared, whatever the copy did to it: NFKC (full-width brackets, commas and digits
 * become half-width), no white space, one kind of quotes, `1、` read as `1.`.
 * @example normalizeLabel('(二) 部分公开(区分处理的, 只计这一情形)') === normalizeLabel('（二）部分公开（区分处理的，只计这一情形）')
 */
export function normalizeLabel(text: string): string {
  if (plainAscii.test(text)) return text; // numbers, mostly: nothing to normalise
  const known = cache.get(text);
  if (known !== undefined) return known;
  const normalized = text
    .normalize('NFKC')
    .replace(spaces, '')
    .replace(quotes, '"')
    .replace(singleQuotes, "'")
    .replace(enumeratorComma, '$1.');
  if (cache.size >= cacheLimit) cache.clear();
  if (text.length <= 80) cache.set(text, normalized);
  return normalized;
}

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const pair = text.slice(i, i + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** How alike two normalised labels are, 0 to 1 (Dice coefficient over character pairs). */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const left = bigrams(a);
  let shared = 0;
  for (const [pair, count] of bigrams(b)) {
    const available = left.get(pair) ?? 0;
    if (available > 0) {
      shared += Math.min(available, count);
      left.set(pair, available - Math.min(available, count));
    }
  }
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}
