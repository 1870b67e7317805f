import type { RuleDef } from '../rules/types.js';
import type { AgencyLevel, SectionDef, TableDef } from './types.js';

/** One version of the official format: its sections and tables as data, and its rules. */
export interface TemplateDef {
  /** The `format` value of reports in this version. */
  readonly format: string;
  readonly name: string;
  readonly basis: string;
  /** The report years this version applies to (inclusive; `to` open-ended when absent). */
  readonly years: { readonly from: number; readonly to?: number };
  readonly sections: readonly SectionDef[];
  readonly rules: readonly RuleDef[];
}

/** The latest report year any format accepts. */
export const lastSupportedYear = 2100;

/** The Chinese name of each agency level (国办公开办函〔2021〕30号 names bodies by level). */
export const agencyLevelNames: Readonly<Record<AgencyLevel, string>> = {
  central: '中央国家机关',
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡镇（街道）',
  department: '政府部门',
};

/** The tables of a template, in print order. */
export function tablesOf(template: TemplateDef): TableDef[] {
  return template.sections.flatMap((section) => (section.kind === 'table' ? [section.table] : []));
}

/** The most characters (code points) one prose section may hold; saving more is refused. */
export const proseMaxLength = 20_000;

/** The prose sections of a template, in print order. */
export function proseSectionsOf(template: TemplateDef) {
  return template.sections.flatMap((section) => (section.kind === 'prose' ? [section] : []));
}
