import { readTitleEnding } from '@nianbao/schema';
import type { DocumentIndex } from './document-index.js';
import { paragraphText } from './document.js';

/** What the title and the page say about the report. */
export interface HeaderFacts {
  readonly year?: number;
  readonly agency?: string;
  readonly publishedOn?: string;
  /** Lines used up by the title and the date (not part of the overview). */
  readonly usedLines: ReadonlySet<number>;
  /** The line of the title in the text; what comes before it is the page around the report. */
  readonly titleLine?: number;
}

// The official title form is `{机关}{年}年度政府信息公开工作年度报告`; published ones also put `{年}年` first.
const isTitle = (text: string): boolean => readTitleEnding(text.replace(/\s+/g, '')) !== undefined;
const yearInTitle = /((?:19|20)\d{2})\s*年度?/;
const dateLabel = /(?:发布|成文|印发|公开)?(?:日期|时间)\s*[:：]\s*/;
const datePattern = /((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/;
const dateMeta =
  /^(?:pubdate|publishdate|firstpublishedtime|publishedtime|article:published_time|dc\.date|date)$/;
const titleMeta = /^(?:articletitle|title|og:title)$/;
const siteSeparator = /\s*[_|｜]\s*|\s+-\s+/;

function isoDate(text: string): string | undefined {
  const match = datePattern.exec(text);
  if (!match) return undefined;
  const [, year = '', month = '', day = ''] = match;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

function readTitle(title: string): { year?: number; agency?: string } {
  const head = readTitleEnding(title.replace(/\s+/g, ''))?.head;
  if (head === undefined) return {};
  const year = yearInTitle.exec(head);
  const agency = head.replace(yearInTitle, '').trim();
  return {
    ...(year?.[1] ? { year: Number(year[1]) } : {}),
    ...(agency ? { agency } : {}),
  };
}

const maxTitlePart = 40;
const isTitlePart = (text: string): boolean =>
  text.length <= maxTitlePart && !/[:：]/.test(text) && isoDate(text) === undefined;

/** The next lines that hold text, from `at`, before `end` (at most `count`). */
function textLines(index: DocumentIndex, at: number, end: number, count: number) {
  const found: { at: number; text: string }[] = [];
  for (let i = at; i < end && found.length < count; i++) {
    const line = index.lines[i];
    const text = line && paragraphText(line);
    if (text) found.push({ at: i, text });
  }
  return found;
}

/**
 * A title printed over two or three lines — the agency alone on the first (the official
 * template's layout) or split after the year — read as one; its lines, or undefined.
 */
function splitTitle(index: DocumentIndex, at: number, end: number) {
  const parts = textLines(index, at, end, 3);
  if (!parts[0] || !isTitlePart(parts[0].text)) return undefined;
  let joined = parts[0].text;
  for (const [n, part] of parts.slice(1).entries()) {
    joined += part.text;
    if (!isTitle(joined)) {
      if (!isTitlePart(part.text)) return undefined;
      continue;
    }
    // The last part alone must not already name the agency: then the first line is something else.
    if (readTitle(part.text).agency !== undefined) return undefined;
    return { title: joined, lines: parts.slice(0, n + 2).map((p) => p.at) };
  }
  return undefined;
}

/** Reads year, agency and publication date from the lines before the first heading and the page's metadata. */
export function readHeader(index: DocumentIndex, firstHeading: number): HeaderFacts {
  const usedLines = new Set<number>();
  let title: { year?: number; agency?: string } = {};
  let publishedOn: string | undefined;
  let titleLine: number | undefined;
  for (let at = 0; at < firstHeading; at++) {
    const line = index.lines[at];
    const text = line && paragraphText(line);
    if (!text) continue;
    const split = title.agency === undefined ? splitTitle(index, at, firstHeading) : undefined;
    if (split) {
      title = readTitle(split.title);
      titleLine = split.lines.at(-1);
      split.lines.forEach((line) => usedLines.add(line));
      at = titleLine ?? at;
    } else if (title.agency === undefined && isTitle(text)) {
      title = readTitle(text);
      titleLine = at;
      usedLines.add(at);
    } else if (publishedOn === undefined && dateLabel.test(text) && text.length < 80) {
      publishedOn = isoDate(text);
      if (publishedOn) usedLines.add(at);
    }
  }
  for (const [name, content] of Object.entries(index.meta)) {
    if (title.agency === undefined && titleMeta.test(name)) {
      const part = content.split(siteSeparator).find(isTitle);
      if (part) title = readTitle(part);
    }
    if (publishedOn === undefined && dateMeta.test(name)) publishedOn = isoDate(content);
  }
  return {
    ...title,
    ...(publishedOn ? { publishedOn } : {}),
    ...(titleLine === undefined ? {} : { titleLine }),
    usedLines,
  };
}
