import fc from 'fast-check';
import {
  parse,
  Tokenizer,
  TokenizerMode,
  type DefaultTreeAdapterTypes as Tree,
  type Token,
} from 'parse5';
import { describe, expect, it } from 'vitest';
import { htmlTokens } from '../test-support/html-arbitraries.js';
import { reportPage } from '../test-support/report-page-arbitrary.js';
import type { Line, ReportDocument } from './document.js';
import { htmlDocument } from './html-document.js';
import { readAttributes, scanHtml } from './scan-html.js';

/** A tag or a text, as both the scanner and the reference report them. */
type Event =
  | { readonly open: string; readonly attributes: Record<string, string> }
  | { readonly close: string }
  | { readonly text: string };

/** Adjacent texts as one: a comment between two texts is no boundary to either side. */
function merged(events: readonly Event[]): Event[] {
  const out: Event[] = [];
  for (const event of events) {
    const last = out.at(-1);
    if ('text' in event && last && 'text' in last)
      out[out.length - 1] = { text: last.text + event.text };
    else out.push(event);
  }
  return out;
}

function scanned(html: string): Event[] {
  const events: Event[] = [];
  scanHtml(html, {
    openTag: (name, from, to) =>
      events.push({ open: name, attributes: readAttributes(html.slice(from, to)) }),
    closeTag: (name) => events.push({ close: name }),
    // parse5 turns CR into LF before tokenizing; the scanner's callers collapse white space.
    text: (text) => events.push({ text: text.replace(/\r\n?/g, '\n') }),
  });
  return merged(events);
}

// What the tree builder switches the tokenizer to after these start tags.
const modes = new Map<string, (typeof TokenizerMode)[keyof typeof TokenizerMode]>([
  ['script', TokenizerMode.SCRIPT_DATA],
  ['style', TokenizerMode.RAWTEXT],
  ['xmp', TokenizerMode.RAWTEXT],
  ['title', TokenizerMode.RCDATA],
  ['textarea', TokenizerMode.RCDATA],
]);
const isHtmlSpace = (text: string): boolean => /^[ \t\n\f\r]*$/.test(text);

/** The same events from parse5's WHATWG tokenizer, following the scanner's stated contract. */
function reference(html: string): Event[] {
  const events: (Event | 'boundary')[] = [];
  let segment = '';
  let isRaw = false;
  const flush = () => {
    // The scanner drops white space alone between tags, but never a raw-text element's content.
    if (segment && (isRaw || !isHtmlSpace(segment))) events.push({ text: segment });
    segment = '';
    isRaw = false;
  };
  const characters = (token: Token.CharacterToken) => (segment += token.chars);
  const tokenizer: Tokenizer = new Tokenizer(
    {},
    {
      onStartTag(token) {
        flush();
        const attributes = Object.fromEntries(token.attrs.map(({ name, value }) => [name, value]));
        events.push({ open: token.tagName, attributes });
        const mode = modes.get(token.tagName);
        if (mode !== undefined) {
          tokenizer.state = mode;
          isRaw = true;
        } else if (token.selfClosing && token.tagName !== 'br')
          events.push({ close: token.tagName });
      },
      onEndTag(token) {
        flush();
        events.push({ close: token.tagName });
      },
      onComment: () => (flush(), events.push('boundary')),
      onDoctype: () => (flush(), events.push('boundary')),
      onCharacter: characters,
      onWhitespaceCharacter: characters,
      onNullCharacter: characters,
      onEof: flush,
    },
  );
  tokenizer.write(html, true);
  return merged(events.filter((event): event is Event => event !== 'boundary'));
}

const blocks = new Set('br div h2 li p table tbody thead ul'.split(' '));
const skipped = new Set(['script', 'style']);
const collapse = (text: string): string => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** Lines and meta read off parse5's tree the way htmlDocument means to read the page. */
function fromTree(html: string): ReportDocument {
  const lines: Line[] = [];
  const meta: Record<string, string> = {};
  let paragraph = '';
  let row: string[] | undefined;
  let cell: string | undefined;
  const flush = () => {
    if (collapse(paragraph)) lines.push({ cells: [collapse(paragraph)], isRow: false });
    paragraph = '';
  };
  const closeCell = () => {
    if (cell !== undefined) row?.push(collapse(cell));
    cell = undefined;
  };
  const closeRow = () => {
    closeCell();
    if (row?.length) lines.push({ cells: row, isRow: true });
    row = undefined;
  };
  const breakLine = () => (cell === undefined ? flush() : (cell += '\n'));
  const visit = (node: Tree.ChildNode): void => {
    if (node.nodeName === '#text') {
      const { value } = node as Tree.TextNode;
      if (isHtmlSpace(value)) return;
      if (cell === undefined) paragraph += value;
      else cell += value;
      return;
    }
    if (!('childNodes' in node) || skipped.has(node.nodeName)) return;
    const element = node;
    const attribute = (name: string) => element.attrs.find((a) => a.name === name)?.value;
    const name = element.tagName;
    if (name === 'title') {
      const [first] = element.childNodes;
      if (first) meta['title'] ??= collapse((first as Tree.TextNode).value);
      return;
    }
    const key = attribute('name') || attribute('property');
    const content = attribute('content');
    if (name === 'meta' && key && content !== undefined) meta[key.toLowerCase()] = content;
    if (name === 'tr') {
      closeRow();
      flush();
      row = [];
    } else if (name === 'td' || name === 'th') {
      closeCell();
      cell = '';
    } else if (blocks.has(name)) breakLine();
    element.childNodes.forEach(visit);
    if (name === 'td' || name === 'th') closeCell();
    else if (name === 'tr' || name === 'table') closeRow();
    else if (blocks.has(name)) breakLine();
  };
  parse(html).childNodes.forEach(visit);
  closeRow();
  flush();
  return { lines, meta };
}

describe('scanHtml against parse5', () => {
  it('reports the tags, attributes and text the WHATWG tokenizer does', () => {
    fc.assert(
      fc.property(htmlTokens, (html) => {
        expect(scanned(html)).toEqual(reference(html));
      }),
      { numRuns: 500 },
    );
  });

  it('gives htmlDocument the paragraphs, rows and cells of the tree parse5 builds', () => {
    fc.assert(
      fc.property(reportPage, (html) => {
        expect(htmlDocument(html)).toEqual(fromTree(html));
      }),
      { numRuns: 500 },
    );
  });
});
