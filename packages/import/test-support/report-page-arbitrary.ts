import fc from 'fast-check';
import { joined, pick, rawText, text, valueText } from './html-arbitraries.js';

// Report pages: paragraphs, headings and tables as published, tags well nested (misnesting is
// the tree builder's business, which htmlDocument does not redo), no loose text inside tables.
const indent = pick('', '\n', '\n  ', '\t');
const cellAttributes = pick(
  '',
  ' rowspan=2',
  ' colspan="3"',
  " rowspan='2' colspan=2",
  ' title="a>b"',
  ' CLASS=x/',
);
// Comments whose bodies hold no tag that a comment ending early would let out; no stray
// DOCTYPE, which leaves no node to part the white space around it, as the scanner does.
const plainComment = pick('<!-- a > b -->', '<!---->', '<!-- x --!>', '<!-->');
const leaf = fc.oneof(text, text, plainComment, pick('&nbsp;', '<br>', '<br/>', '<o:p></o:p>'));
const inline = joined(
  fc.oneof(
    leaf,
    fc
      .tuple(pick('span', 'b', 'font', 'a href="x>y"', 'SPAN lang=EN-US'), joined(leaf, 3))
      .map(([open, content]) => `<${open}>${content}</${open.split(' ')[0]}>`),
  ),
  4,
);
const cell = fc
  .tuple(
    indent,
    pick('td', 'th', 'TD'),
    cellAttributes,
    fc.oneof(
      inline,
      joined(
        inline.map((content) => `<p>${content}</p>`),
        2,
      ),
    ),
    pick('', '</td>'),
  )
  .map(
    ([space, name, attributes, content, end]) =>
      `${space}<${name}${attributes}>${content}${end && name === 'th' ? '</th>' : end}`,
  );
const row = fc
  .tuple(indent, fc.array(cell, { maxLength: 4 }), pick('', '</tr>'))
  .map(([space, cells, end]) => `${space}<tr>${cells.join('')}${space}${end}`);
const table = fc
  .tuple(pick('', '<tbody>'), fc.array(row, { maxLength: 4 }), pick(' border=1', ''))
  .map(([body, rows, attributes]) => `<table${attributes}>${body}${rows.join('')}</table>`);
const block = fc.oneof(
  inline.map((content) => `<p class=MsoNormal>${content}</p>`),
  inline.map((content) => `<P>${content}`),
  inline.map((content) => `<h2>${content}</h2>`),
  inline.map((content) => `<div>${content}</div>`),
  // No nav: it ends an open <p>, and htmlDocument only skips it (see the report).
  text,
  table,
  table,
  // No xmp: it ends an open <p>, and htmlDocument treats it as inline (see the report).
  rawText.filter((raw) => !/^<(title|textarea|xmp)/i.test(raw)),
);
const meta = fc
  .tuple(pick('name', 'NAME', 'property'), pick('PubDate', 'ArticleTitle', 'og:title'), valueText)
  .map(([key, name, value]) => `<meta ${key}=${name} content="${value.replaceAll('"', '')}">`);

/** A published report page: title and meta tags, then paragraphs, headings and tables. */
export const reportPage = fc
  .tuple(
    pick('', '<!DOCTYPE html>'),
    fc.option(text.filter((title) => !title.includes('</'))),
    fc.array(meta, { maxLength: 2 }),
    fc.array(fc.tuple(indent, block), { maxLength: 6 }),
  )
  .map(
    ([doctype, title, metas, blocks]) =>
      `${doctype}<html><head>${title === null ? '' : `<title>${title}</title>`}${metas.join('')}</head><body>` +
      `${blocks.map(([space, content]) => space + content).join('')}</body></html>`,
  );
