import { decodeHTML } from 'entities';

/** What the scanner reports, in document order. Tag names come lower-cased. */
export interface HtmlHandler {
  /** `attributes(from, to)` of the input: read them with `readAttributes` when needed (rarely). */
  openTag(name: string, from: number, to: number): void;
  closeTag(name: string): void;
  text(text: string): void;
}

// Elements whose content is raw text, never tags (title is decoded, the others are skipped).
const rawTextEnds = new Map(
  ['script', 'style', 'title', 'textarea', 'xmp'].map((name) => [
    name,
    new RegExp(`</${name}`, 'gi'),
  ]),
);
const attribute = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const gt = 62; // >

const decode = (text: string): string => (text.includes('&') ? decodeHTML(text) : text);

/** The attributes of a tag, names lower-cased, values decoded. */
export function readAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name = '', double, single, bare] of source.matchAll(attribute)) {
    attributes[name.toLowerCase()] = decode(double ?? single ?? bare ?? '');
  }
  return attributes;
}

const isNameCode = (code: number): boolean =>
  (code >= 97 && code <= 122) ||
  (code >= 65 && code <= 90) ||
  (code >= 48 && code <= 57) ||
  code === 58 ||
  code === 45 ||
  code === 95;
const isLetterCode = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

/** True when the text between two tags is only line breaks and spaces (most of it, in tables). */
function isWhiteSpace(html: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = html.charCodeAt(i);
    if (code !== 32 && code !== 10 && code !== 13 && code !== 9) return false;
  }
  return true;
}

/** The index of the `>` that ends a tag whose attributes start at `start`, past quoted values. */
function tagEnd(html: string, start: number): number {
  const close = html.indexOf('>', start);
  if (close < 0) return html.length;
  let quoted = false;
  for (let i = start; i < close && !quoted; i++) {
    const code = html.charCodeAt(i);
    quoted = code === 34 || code === 39;
  }
  if (!quoted) return close;
  let quote = 0;
  for (let i = start; i < html.length; i++) {
    const code = html.charCodeAt(i);
    if (quote) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) {
      const before = html.charCodeAt(i - 1);
      if (before === 61 || before === 32 || before === 9 || before === 10) quote = code;
    } else if (code === gt) return i;
  }
  return html.length;
}

/**
 * A small, forgiving HTML tokenizer: tags, text with entities decoded (white space between
 * tags dropped, as a browser's layout would), comments and `<!…>`
 * declarations skipped, raw-text elements (script, style, title) passed as one text.
 * Never throws; unclosed constructs run to the end of the input.
 */
export function scanHtml(html: string, handler: HtmlHandler): void {
  const length = html.length;
  let at = 0;
  while (at < length) {
    const open = html.indexOf('<', at);
    const textEnd = open < 0 ? length : open;
    if (textEnd > at && !isWhiteSpace(html, at, textEnd)) {
      handler.text(decode(html.slice(at, textEnd)));
    }
    if (open < 0) return;
    const next = html.charCodeAt(open + 1);
    if (next === 33 || next === 63) {
      // <!-- comment -->, <!DOCTYPE>, <![if …]>, <?xml …?>
      const isComment = html.startsWith('<!--', open);
      const close = isComment ? html.indexOf('-->', open + 4) : html.indexOf('>', open);
      at = close < 0 ? length : close + (isComment ? 3 : 1);
      continue;
    }
    const isClose = next === 47;
    const nameStart = open + (isClose ? 2 : 1);
    if (!isLetterCode(html.charCodeAt(nameStart))) {
      handler.text('<');
      at = open + 1;
      continue;
    }
    let nameEnd = nameStart;
    let hasUpper = false;
    for (let code = html.charCodeAt(nameEnd); nameEnd < length && isNameCode(code);) {
      hasUpper ||= code >= 65 && code <= 90;
      code = html.charCodeAt(++nameEnd);
    }
    const raw = html.slice(nameStart, nameEnd);
    const name = hasUpper ? raw.toLowerCase() : raw;
    const end = tagEnd(html, nameEnd);
    at = end + 1;
    if (isClose) {
      handler.closeTag(name);
      continue;
    }
    handler.openTag(name, nameEnd, end);
    const rawEnd = rawTextEnds.get(name);
    if (rawEnd) {
      rawEnd.lastIndex = at;
      const stop = rawEnd.exec(html)?.index ?? length;
      if (stop > at) handler.text(decode(html.slice(at, stop)));
      at = stop;
    } else if (html.charCodeAt(end - 1) === 47 && name !== 'br') handler.closeTag(name);
  }
}
