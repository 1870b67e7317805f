import { reportingYear, supportedYears } from '@nianbao/schema';

/** Today's date in China (ISO), which decides the reporting year. */
export const todayInChina = (now = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);

/** The 汇总 page's year and subtree: from the address, else the reporting year and the user's agency. */
export function rollupQuery(
  params: URLSearchParams,
  defaults: { agencyId: string; today: string },
): { year: number; within: string } {
  const asked = Number(params.get('year'));
  const year =
    Number.isInteger(asked) && asked >= supportedYears.first && asked <= supportedYears.last
      ? asked
      : Math.min(reportingYear(defaults.today), supportedYears.last);
  return { year, within: params.get('within') || defaults.agencyId };
}

/** Where the 汇总 downloads in a format (`xlsx`, `pdf`, …): the roll-up route with `to`. */
export const rollupExportHref = (query: { year: number; within: string; to: string }): string =>
  `/api/rollup?${new URLSearchParams({ year: String(query.year), within: query.within, to: query.to })}`;
