import { proseMaxLength, proseSectionsOf, templateFor } from '@nianbao/schema';
import { ProblemError } from '../http/problem.js';

/** Refuses (422) a report whose prose sections exceed the template's limit, naming each one. */
export function checkProseLength(report: unknown): void {
  const { format, narrative } = (report ?? {}) as { format?: unknown; narrative?: unknown };
  const template = templateFor(format);
  if (!template || typeof narrative !== 'object' || narrative === null) return;
  const texts = narrative as Record<string, unknown>;
  const tooLong = proseSectionsOf(template).flatMap((section) => {
    const text = texts[section.id];
    const length = typeof text === 'string' ? [...text].length : 0;
    return length > proseMaxLength ? [{ section, length }] : [];
  });
  if (tooLong.length === 0) return;
  const named = tooLong.map(({ section, length }) => `“${section.heading}”有 ${length} 字`);
  throw new ProblemError(422, `${named.join('，')}，每部分最多 ${proseMaxLength} 字`, {
    errors: tooLong.map(({ section, length }) => ({
      path: `body.narrative.${section.id}`,
      message: `${section.heading}超过 ${proseMaxLength} 字的上限（${length} 字）`,
    })),
  });
}
