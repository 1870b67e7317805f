import { readPath } from '@nianbao/schema';
import type { Content } from 'pdfmake/interfaces.js';
import type { Measure } from './break-lines.js';
import type { FontRole } from './fonts.js';
import { pageStyle } from './page-style.js';
import type { TextLog } from './text-log.js';

/** The date of a 落款 in figures, as GB/T 9704 writes it: `2023年1月15日`; none without a publication date. */
export function signOffDate(report: unknown): string | undefined {
  const published = readPath(report, ['publishedOn']);
  const match = typeof published === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(published) : null;
  if (!match) return undefined;
  const [, year, month, day] = match;
  return `${year}年${Number(month)}月${Number(day)}日`;
}

/**
 * The 落款 after the last section (GB/T 9704 §7.3.5): the date four characters in from the
 * right, the agency centred above it; without a publication date, the agency alone.
 */
export function signOffContent(input: {
  readonly report: unknown;
  readonly measure: Measure;
  readonly family: Readonly<Record<FontRole, string>>;
  readonly log: TextLog;
}): Content {
  const name = readPath(input.report, ['agency', 'name']);
  const agency = input.log.add(typeof name === 'string' ? name : '', 'body', '落款');
  const date = signOffDate(input.report);
  const right = 4 * pageStyle.bodySize;
  const centreOf = date === undefined ? 0 : input.measure(date, 'body') / 2;
  const agencyRight = Math.max(0, right + centreOf - input.measure(agency, 'body') / 2);
  return {
    stack: [
      { text: agency, margin: [0, 0, agencyRight, 0] },
      ...(date === undefined
        ? []
        : [{ text: input.log.add(date, 'body', '落款'), margin: [0, 0, right, 0] }]),
    ],
    font: input.family.body,
    alignment: 'right',
    unbreakable: true,
    margin: [0, 2 * pageStyle.linePitch, 0, 0],
  } as Content;
}

/**
 * The laid-out body with the 落款 after it, kept on one page with the body's last block (a
 * paragraph's last lines) so it never starts a page alone; after a block that may break (a tall
 * table) it follows as its own block.
 */
export function withSignOff(body: readonly Content[], signOff: Content): Content[] {
  const last = body.at(-1);
  const isKept = typeof last === 'object' && 'unbreakable' in last && last.unbreakable === true;
  if (!isKept) return [...body, signOff];
  return [...body.slice(0, -1), { stack: [last, signOff], unbreakable: true }];
}
