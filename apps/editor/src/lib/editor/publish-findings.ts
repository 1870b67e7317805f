import { validate, type Finding, type Report } from '@nianbao/schema';

/** Today's date in China (YYYY-MM-DD): the publication date 发布 offers by default. */
export const todayInChina = (now = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);

const key = (finding: Finding): string =>
  `${finding.rule}|${finding.cells.join(',')}|${finding.message}`;

/**
 * What publishing on this date would add to the report's findings (e.g. that it is late):
 * the schema's rules judge the date, so the editor never restates a deadline.
 */
export function findingsOnPublishing(
  report: Report,
  { publishedOn, previous }: { publishedOn: string; previous?: Report | undefined },
): Finding[] {
  const options = previous ? { previous } : {};
  const unpublished: Report = { ...report };
  delete unpublished.publishedOn;
  const before = new Set(validate(unpublished, options).map(key));
  return validate({ ...unpublished, publishedOn }, options).filter((f) => !before.has(key(f)));
}
