/**
 * The report year being worked on at `today` (ISO date, China time): from November, the year
 * about to end; January to October, the year before (whose reports are due by 31 January or
 * 31 March). What progress pages open on.
 * @example reportingYear('2026-11-29') // 2026; reportingYear('2027-03-02') // 2026
 */
export function reportingYear(today: string): number {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month >= 11 ? year : year - 1;
}

/** Whole days from `today` to `deadline` (ISO dates): 0 on the day, negative once past. */
export function daysUntil(today: string, deadline: string): number {
  return Math.round((Date.parse(deadline) - Date.parse(today)) / 86_400_000);
}
