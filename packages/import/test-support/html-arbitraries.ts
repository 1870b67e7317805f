import fc from 'fast-check';

/*
 * HTML-ish documents for differential tests of scanHtml against parse5. They leave out, on
 * purpose, what the scanner does not mean to follow (each noted where it is left out).
 */

export const pick = <T>(...values: T[]) => fc.constantFrom(...values);
export const joined = (parts: fc.Arbitrary<string>, maxLength = 6) =>
  fc.array(parts, { maxLength }).map((list) => list.join(''));

// No numeric reference to white space: the scanner drops only white space written as such.
const entities = pick(
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&nbsp;',
  '&copy',
  '&amp',
  '&ampx',
  '&notit;',
  '&foo;',
  '&#20013;',
  '&#x6587;',
  '&#X41;',
  '&#0;',
  '&#x80;',
  '&#xD800;',
  '&#;',
  '&#x;',
  '&',
);
// No CR (callers collapse white space; parse5 turns CR into LF) and no NUL.
const characters = pick(
  'a',
  'B',
  '中',
  '文',
  '，',
  '1',
  ' ',
  '\n',
  '\t',
  '\f',
  '\u00a0',
  '>',
  '"',
  "'",
  '=',
  '/',
  '-',
  '!',
  '?',
  ';',
  '#',
);
/** Text with entities; "<" only where no tag can start, so no tag runs unclosed to the end. */
// No "</>": the scanner skips it like a comment, parse5 without a trace (only white space differs).
export const text = joined(fc.oneof(characters, entities, pick('< ', '<3', '</ 1>')), 8);

// Tag names: no svg or math (foreign content), no noscript, iframe, noembed, noframes or
// plaintext (raw text the scanner does not treat as such), which it leaves to its callers.
const tagName = pick(
  'p',
  'P',
  'td',
  'TD',
  'Tr',
  'span',
  'b',
  'br',
  'BR',
  'div',
  'img',
  'o:p',
  'h1',
  'a',
  'font',
  'x-y',
);
const attributeName = pick(
  'class',
  'CLASS',
  'rowspan',
  'colspan',
  'href',
  'title',
  'lang',
  'data-x',
  'a',
);
export const valueText = joined(fc.oneof(characters, entities, pick('<', '>')), 5);
const space = pick(' ', '  ', '\n', '\t');
const equals = pick('=', ' = ', '=\n');

const attribute = fc
  .tuple(
    space,
    attributeName,
    fc.oneof(
      fc.constant(''),
      fc.tuple(equals, valueText).map(([eq, v]) => `${eq}"${v.replaceAll('"', '')}"`),
      fc.tuple(equals, valueText).map(([eq, v]) => `${eq}'${v.replaceAll("'", '')}'`),
      // Unquoted: up to white space or ">", and not starting with a quote.
      fc.tuple(equals, valueText).map(([eq, v]) => `${eq}x${v.replace(/[\t\n\f >]/g, '')}`),
    ),
  )
  .map((parts) => parts.join(''));

/** A start or end tag, with attributes quoted every way, maybe self-closing. */
export const tag = fc
  .tuple(
    fc.boolean(),
    tagName,
    // Stray quotes and "=" where no value can start are parts of attribute names.
    fc.array(fc.oneof(attribute, attribute, pick(' ="a>b"', " 'c>'", ' a"b', '=x')), {
      maxLength: 3,
    }),
    pick('', ' ', '/', ' /', '\n'),
  )
  .map(
    ([isEnd, name, attributes, end]) => `<${isEnd ? '/' : ''}${name}${attributes.join('')}${end}>`,
  );

/** Comments ended every way, declarations, processing instructions, CDATA. */
export const comment = fc.oneof(
  fc
    .tuple(joined(pick('a', '-', '>', '!', '<', ' ', '<p>'), 6), pick('-->', '--!>', '--->'))
    .map(([body, end]) => `<!--${body}${end}`),
  pick(
    '<!-->',
    '<!--->',
    '<!---->',
    '<!DOCTYPE html>',
    '<?xml version="1.0"?>',
    '<![CDATA[x<y]]>',
    '<!x>',
  ),
);

// No "<!--" in a script: the spec's script escape states are not followed.
const rawContent = joined(
  pick('a', '<', '</p>', '&amp;', ' ', '>', '</scripts>', '</title x', '"'),
  6,
);
/** A raw-text element (script, style, title, textarea, xmp) with tricky contents. */
export const rawText = fc
  .tuple(
    pick('script', 'style', 'title', 'TEXTAREA', 'xmp'),
    rawContent,
    pick('', ' ', ' x="y"', '\n'),
  )
  .map(([name, content, end]) => `<${name}>${content}</${name}${end}>`);

/** A document: text, tags, comments and raw text in any order. */
export const htmlTokens = joined(fc.oneof(text, tag, tag, comment, rawText), 12);
