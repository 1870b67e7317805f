import { lastSupportedYear, type TemplateDef } from './template.js';
import { templates } from './templates.js';

/** An inclusive range of report years. */
export interface YearRange {
  readonly first: number;
  readonly last: number;
}

/** The report years one format accepts (inclusive; an open end stops at `lastSupportedYear`). */
export function yearsOf(template: TemplateDef): YearRange {
  return { first: template.years.from, last: template.years.to ?? lastSupportedYear };
}

/** Whether a value is a report year a format accepts (an integer inside its range). */
export function isYearOf(template: TemplateDef, year: unknown): year is number {
  const { first, last } = yearsOf(template);
  return Number.isSafeInteger(year) && (year as number) >= first && (year as number) <= last;
}

/**
 * The report years some format accepts, over all formats: 2019 (国办公开办函〔2019〕60号) to
 * `lastSupportedYear`; what year inputs and importers bound a year by.
 */
export const supportedYears: YearRange = {
  first: Math.min(...templates.map((template) => yearsOf(template).first)),
  last: Math.max(...templates.map((template) => yearsOf(template).last)),
};

/** Whether a value is a report year some format accepts. */
export const isSupportedYear = (year: unknown): year is number =>
  templates.some((template) => isYearOf(template, year));
