import { decodeHTML } from 'entities';
import { isSpaceCode, lowerAscii, scanTag, tag } from './scan-tag.js';

export { readAttributes } from './scan-tag.js';

/** What the scanner reports, in document order. Tag names come lower-cased. */
export interface HtmlHandler {
  /** `attributes(from, to)` of the input: read them with `readAttributes` when needed (rarely). */
  openTag(name: string, from: number, to: number): void;
  closeTag(name: string): void;
  text(text: string): void;
}

// Elements whose content is text, never tags, up to their end tag: title and textarea decode
// entities (RCDATA), script, style and xmp do not (raw text).
const rawTextEnds = new Map(
  ['script', 'style', 'title', 'textarea', 'xmp'].map((name) => [
    name,
    new RegExp(`</${name}[\t\n\f\r />]`, 'gi'),
  ]),
);
const decodedRawText = new Set(['title', 'textarea']);
const decode = (text: string): string => (text.includes('&') ? decodeHTML(text) : text);

const isLetterCode = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

/** True when the text between two tags is only line breaks and spaces (most of it, in tables). */
function isWhiteSpace(html: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(html.charCodeAt(i))) return false;
  return true;
}

const plainTag = { end: 0, isSelfClosing: false };

/** Where a tag ends: at the first `>` when no quote or `/` comes before it (most tags), else as the tokenizer says. */
function endOfTag(html: string, start: number): typeof tag {
  const close = html.indexOf('>', start);
  if (close < 0 || html.charCodeAt(close - 1) === 47) return (scanTag(html, start), tag);
  for (let i = start; i < close; i++) {
    const code = html.charCodeAt(i);
    if (code === 34 || code === 39) return (scanTag(html, start), tag);
  }
  plainTag.end = close;
  return plainTag;
}

/** Whether the "<" at `open` starts a tag, comment or declaration; if not, it is text. */
function startsMarkup(html: string, open: number): boolean {
  const next = html.charCodeAt(open + 1);
  if (next === 47) return open + 2 < html.length;
  return next === 33 || next === 63 || isLetterCode(next);
}

/** Where a comment starting at `open` (`<!--`) ends: `-->`, `--!>`, or `<!-->` and `<!--->`. */
function commentEnd(html: string, open: number): number {
  if (html.startsWith('>', open + 4)) return open + 5;
  if (html.startsWith('->', open + 4)) return open + 6;
  const close = html.indexOf('--', open + 4);
  for (let at = close; at >= 0; at = html.indexOf('--', at + 1)) {
    if (html.startsWith('>', at + 2)) return at + 3;
    if (html.startsWith('!>', at + 2)) return at + 4;
  }
  return html.length;
}

/**
 * A small, forgiving HTML tokenizer after the WHATWG rules: tags, text with entities decoded,
 * comments and `<!…>` `<?…>` `</…>` bogus comments skipped, raw-text elements (script, style,
 * title, textarea, xmp) passed as one text. White space alone between two tags is dropped
 * (table layout's indentation; Chinese text needs no space between inline elements). `<x/>`
 * reports a close as well (but `<br/>`). Never throws; an unclosed tag runs to the input's end.
 */
export function scanHtml(html: string, handler: HtmlHandler): void {
  const length = html.length;
  let at = 0;
  while (at < length) {
    let open = html.indexOf('<', at);
    while (open >= 0 && !startsMarkup(html, open)) open = html.indexOf('<', open + 1);
    const textEnd = open < 0 ? length : open;
    if (textEnd > at && !isWhiteSpace(html, at, textEnd)) {
      handler.text(decode(html.slice(at, textEnd)));
    }
    if (open < 0) return;
    const next = html.charCodeAt(open + 1);
    const isClose = next === 47;
    const nameStart = open + (isClose ? 2 : 1);
    if (!isLetterCode(html.charCodeAt(nameStart))) {
      // <!-- comment -->, <!DOCTYPE>, <![CDATA[…]]>, <?xml …?>, </ …>
      const isComment = html.startsWith('<!--', open);
      const close = html.indexOf('>', open + 2);
      at = isComment ? commentEnd(html, open) : close < 0 ? length : close + 1;
      continue;
    }
    let nameEnd = nameStart + 1;
    let hasUpper = html.charCodeAt(nameStart) < 97;
    for (let code = html.charCodeAt(nameEnd); nameEnd < length; code = html.charCodeAt(++nameEnd)) {
      if (code === 62 || code === 47 || isSpaceCode(code)) break;
      hasUpper ||= code >= 65 && code <= 90;
    }
    const raw = html.slice(nameStart, nameEnd);
    const name = hasUpper ? lowerAscii(raw) : raw;
    const { end, isSelfClosing } = endOfTag(html, nameEnd);
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
      const content = html.slice(at, stop);
      if (stop > at) handler.text(decodedRawText.has(name) ? decode(content) : content);
      at = stop;
    } else if (isSelfClosing && name !== 'br') handler.closeTag(name);
  }
}
