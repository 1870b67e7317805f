import { readOrdinal, templates, type TemplateDef } from '@nianbao/schema';
import type { DocumentIndex } from './document-index.js';
import { paragraphText } from './document.js';
import { normalizeLabel, similarity } from './normalize.js';

/** Where each section's heading was found; absent sections are missing from the map. */
export interface SectionLines {
  readonly headings: ReadonlyMap<string, number>;
  /** Lines from `start` (after the heading) to `end` (the next heading), for each found section. */
  readonly regions: ReadonlyMap<string, { readonly start: number; readonly end: number }>;
  /** The first heading's line (the length of the document when none was found). */
  readonly firstHeading: number;
}

interface Heading {
  readonly sectionId: string;
  readonly order: number;
  readonly text: string;
  readonly ordinal: string;
  readonly body: string;
}

/** A section heading's ordinal as written (`一、`), or '' when the text starts with none. */
const ordinalOf = (text: string): string => {
  const ordinal = readOrdinal(text);
  return ordinal?.level === 'section' ? ordinal.text : '';
};
const trailing = /[。:：.]+$/;
const maxHeadingLength = 60;

function headingsOf(all: readonly TemplateDef[]): Heading[] {
  const seen = new Set<string>();
  return all.flatMap((template) =>
    template.sections.flatMap((section, order) => {
      const text = normalizeLabel(section.heading);
      if (seen.has(`${section.id}:${text}`)) return [];
      seen.add(`${section.id}:${text}`);
      const ordinal = ordinalOf(text);
      return [{ sectionId: section.id, order, text, ordinal, body: text.slice(ordinal.length) }];
    }),
  );
}

const knownHeadings = headingsOf(templates);
// Every heading starts with its ordinal: a cheap test before normalising a line.
const firstCharacters = new Set(knownHeadings.map((heading) => heading.text[0]));

function matches(line: string, heading: Heading): boolean {
  if (line === heading.text) return true;
  if (!heading.ordinal || !line.startsWith(heading.ordinal)) return false;
  const body = line.slice(heading.ordinal.length);
  return body.length <= heading.body.length * 2 && similarity(body, heading.body) >= 0.6;
}

/** Finds the six section headings, in order, tolerating variant wording and punctuation. */
export function findSections(index: DocumentIndex): SectionLines {
  const headings = new Map<string, number>();
  let next = 0;
  index.lines.forEach((line, at) => {
    const text = paragraphText(line);
    if (text === undefined || text.length > maxHeadingLength) return;
    if (!firstCharacters.has(text[0]) && !firstCharacters.has(text[0]?.normalize('NFKC')[0]))
      return;
    const key = normalizeLabel(text).replace(trailing, '');
    const found = knownHeadings.find(
      (heading) =>
        heading.order >= next && !headings.has(heading.sectionId) && matches(key, heading),
    );
    if (!found) return;
    headings.set(found.sectionId, at);
    next = found.order + 1;
  });
  const starts = [...headings.entries()].sort((a, b) => a[1] - b[1]);
  const regions = new Map(
    starts.map(([id, at], i) => [
      id,
      { start: at + 1, end: starts[i + 1]?.[1] ?? index.lines.length },
    ]),
  );
  return { headings, regions, firstHeading: starts[0]?.[1] ?? index.lines.length };
}
