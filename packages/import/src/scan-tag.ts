import { decodeHTMLAttribute } from 'entities';

/** HTML's white space: space, tab, line feed, form feed, carriage return. */
export const isSpaceCode = (code: number): boolean =>
  code === 32 || code === 10 || code === 9 || code === 12 || code === 13;

/** ASCII letters lower-cased, as HTML does tag and attribute names; other characters kept. */
export const lowerAscii = (name: string): string =>
  /[A-Z]/.test(name) ? name.replace(/[A-Z]+/g, (letters) => letters.toLowerCase()) : name;

/** Where the last `scanTag` ended, and whether a `/` outside any value closed the tag. */
export const tag = { end: 0, isSelfClosing: false };

// The tokenizer's states inside a tag (WHATWG 13.2.5.32–42), quoted values skipped whole.
const [beforeName, inName, afterName, beforeValue, unquoted, afterQuoted, selfClosing] = [
  0, 1, 2, 3, 4, 5, 6,
];

/**
 * Follows a tag from `start` (just past its name) to its `>` or the input's end, past quoted
 * values, leaving the answer in `tag`; collects the attributes into `attributes` when given.
 */
export function scanTag(html: string, start: number, attributes?: Record<string, string>): void {
  let state = beforeName;
  let from = start;
  let name: string | undefined;
  let i = start;
  for (; i < html.length; i++) {
    const code = html.charCodeAt(i);
    if (code === 62) break;
    if (state === beforeValue && (code === 34 || code === 39)) {
      const close = html.indexOf(code === 34 ? '"' : "'", i + 1);
      if (close < 0) {
        finish(html.length, false);
        return;
      }
      if (attributes) {
        add(attributes, name, html.slice(i + 1, close));
        name = undefined;
      }
      state = afterQuoted;
      i = close;
    } else if (state === unquoted) {
      if (!isSpaceCode(code)) continue;
      if (attributes) {
        add(attributes, name, html.slice(from, i));
        name = undefined;
      }
      state = beforeName;
    } else if (state === inName) {
      if (code !== 61 && code !== 47 && !isSpaceCode(code)) continue;
      if (attributes) name = lowerAscii(html.slice(from, i));
      state = code === 61 ? beforeValue : code === 47 ? selfClosing : afterName;
      if (code === 47 && attributes) {
        add(attributes, name, '');
        name = undefined;
      }
    } else if (isSpaceCode(code)) {
      if (state === selfClosing || state === afterQuoted) state = beforeName;
    } else if (state === beforeValue) {
      from = i;
      state = unquoted;
    } else if (state === afterName && code === 61) {
      state = beforeValue;
    } else {
      if (attributes) {
        add(attributes, name, '');
        name = undefined;
      }
      from = i;
      state = code === 47 ? selfClosing : inName;
    }
  }
  if (attributes) {
    if (state === inName) name = lowerAscii(html.slice(from, i));
    add(attributes, name, state === unquoted ? html.slice(from, i) : '');
  }
  finish(i, i < html.length && state === selfClosing);
}

/** Records a name awaiting its value, unless the name came before. */
function add(attributes: Record<string, string>, name: string | undefined, value: string): void {
  if (name !== undefined && !Object.hasOwn(attributes, name))
    attributes[name] = value.includes('&') ? decodeHTMLAttribute(value) : value;
}

function finish(end: number, isSelfClosing: boolean): void {
  tag.end = end;
  tag.isSelfClosing = isSelfClosing;
}

/** The attributes of a tag, names lower-cased, values decoded; the first of a repeated name wins. */
export function readAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  scanTag(source, 0, attributes);
  return attributes;
}
