import { decodeHTML, decodeHTMLAttribute } from 'entities';

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
const attribute =
  /([^\t\n\f\r =/>"']+)(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"([^"]*)"|'([^']*)'|([^\t\n\f\r >]+)))?/g;

const decode = (text: string): string => (text.includes('&') ? decodeHTML(text) : text);

/** The attributes of a tag, names lower-cased, values decoded; the first of a repeated name wins. */
export function readAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [, name = '', double, single, bare] of source.matchAll(attribute)) {
    const key = name.toLowerCase();
    if (Object.hasOwn(attributes, key)) continue;
    const value = double ?? single ?? bare ?? '';
    attributes[key] = value.includes('&') ? decodeHTMLAttribute(value) : value;
  }
  return attributes;
}

/** HTML's white space: space, tab, line feed, form feed, carriage return. */
const isSpaceCode = (code: number): boolean =>
  code === 32 || code === 10 || code === 9 || code === 12 || code === 13;
const isLetterCode = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90);

/** True when the text between two tags is only line breaks and spaces (most of it, in tables). */
function isWhiteSpace(html: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(html.charCodeAt(i))) return false;
  return true;
}

const tag = { end: 0, isSelfClosing: false };
// The tokenizer's states inside a tag (WHATWG 13.2.5.32–42), quoted values skipped whole.
const [beforeName, inName, afterName, beforeValue, unquoted, afterQuoted, selfClosing] = [
  0, 1, 2, 3, 4, 5, 6,
];

/**
 * Where a tag whose attributes start at `start` ends (its `>`, or the input's end), past quoted
 * values, and whether a `/` outside any value closes it; the answer is left in `tag`.
 */
function scanTag(html: string, start: number): void {
  let state = beforeName;
  for (let i = start; i < html.length; i++) {
    const code = html.charCodeAt(i);
    if (code === 62) {
      tag.end = i;
      tag.isSelfClosing = state === selfClosing;
      return;
    }
    if (isSpaceCode(code)) {
      if (state === inName) state = afterName;
      else if (state !== afterName && state !== beforeValue) state = beforeName;
    } else if (state === beforeValue) {
      const close = code === 34 || code === 39 ? html.indexOf(html[i] ?? '', i + 1) : i;
      if (close < 0) break;
      state = close === i ? unquoted : afterQuoted;
      i = close;
    } else if (state !== unquoted) {
      if (code === 47) state = selfClosing;
      else if (code === 61 && (state === inName || state === afterName)) state = beforeValue;
      else state = inName;
    }
  }
  tag.end = html.length;
  tag.isSelfClosing = false;
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
    const open = html.indexOf('<', at);
    const textEnd = open < 0 ? length : open;
    if (textEnd > at && !isWhiteSpace(html, at, textEnd)) {
      handler.text(decode(html.slice(at, textEnd)));
    }
    if (open < 0) return;
    const next = html.charCodeAt(open + 1);
    const isClose = next === 47;
    const nameStart = open + (isClose ? 2 : 1);
    if (next === 33 || next === 63 || (isClose && !isLetterCode(html.charCodeAt(nameStart)))) {
      // <!-- comment -->, <!DOCTYPE>, <![CDATA[…]]>, <?xml …?>, </ …> (but a lone "</" is text)
      if (isClose && nameStart >= length) handler.text('</');
      const isComment = html.startsWith('<!--', open);
      const close = html.indexOf('>', open + 2);
      at = isComment ? commentEnd(html, open) : close < 0 ? length : close + 1;
      continue;
    }
    if (!isLetterCode(html.charCodeAt(nameStart))) {
      handler.text('<');
      at = open + 1;
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
    scanTag(html, nameEnd);
    const { end, isSelfClosing } = tag;
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

/** ASCII letters lower-cased, as HTML does tag names; other characters kept. */
const lowerAscii = (name: string): string =>
  name.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
