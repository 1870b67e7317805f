import { z } from 'zod/mini';
import { tableCells } from '../template/cells.js';
import { isYearOf } from '../template/supported-years.js';
import { proseSectionsOf, tablesOf, type TemplateDef } from '../template/template.js';
import { agencyLevels } from '../template/types.js';
import { rollupSchema } from '../rollup/rollup-schema.js';
import type { CellIndex } from '../validate/cell-values.js';
import { cellValueCheck } from './cell-kinds.js';
import { acceptedSchema } from './report-schema.js';

type Nested = Record<string, unknown>;
const isObject = (value: unknown): value is Nested =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const keyCount = (value: Nested): number => Object.keys(value).length;

const isoDate = z.iso.date();
const levels = new Set<string>(agencyLevels);
const optionalKeys = ['publishedOn', 'invalidEntries', 'accepted', 'fromLastYear', 'rollup'];

/**
 * A fast yes/no check of a report's structure, equivalent to the template's zod schema (a
 * property test holds them to that). It reads cell values from the array `readCellValues`
 * made; `validate()` asks zod for details only when this says no.
 */
export function compileShapeCheck(
  template: TemplateDef,
  index: CellIndex,
): (report: unknown, values: Float64Array) => boolean {
  const checks = new Array<(value: number) => boolean>(index.size);
  for (const cell of tablesOf(template).flatMap(tableCells)) {
    const i = index.indexOf.get(cell.address);
    if (i !== undefined) checks[i] = cellValueCheck(cell.kind);
  }
  const prose = proseSectionsOf(template).map((section) => section.id);
  const proseAddresses = new Set(prose.map((id) => `narrative.${id}`));
  const required = ['format', 'year', 'agency', 'narrative', ...index.tables.map((t) => t.table)];

  const isHeaderSound = (report: Nested): boolean => {
    const { format, year, agency, narrative, publishedOn } = report;
    if (format !== template.format || !isYearOf(template, year)) return false;
    if (!isObject(agency) || typeof agency.name !== 'string' || agency.name.trim() === '')
      return false;
    if (keyCount(agency) !== (Object.hasOwn(agency, 'level') ? 2 : 1)) return false;
    if (agency.level !== undefined && !levels.has(agency.level as string)) return false;
    if (publishedOn !== undefined && !isoDate.safeParse(publishedOn).success) return false;
    if (!isObject(narrative) || keyCount(narrative) !== prose.length) return false;
    return prose.every((id) => typeof narrative[id] === 'string');
  };

  // With every expected key holding a valid value and the key counts equal, nothing is unknown.
  const areTablesShaped = (report: Nested): boolean =>
    index.tables.every(({ table, records }) => {
      const values = report[table];
      if (!isObject(values) || keyCount(values) !== records.length) return false;
      return records.every(({ record, fields }) => {
        const row = values[record];
        return isObject(row) && keyCount(row) === fields.length;
      });
    });

  const areEntriesShaped = (entries: unknown): boolean =>
    isObject(entries) &&
    Object.entries(entries).every(
      ([address, text]) => index.indexOf.has(address) && typeof text === 'string',
    );

  return (report, values) => {
    if (!isObject(report) || required.some((key) => !Object.hasOwn(report, key))) return false;
    const optional = optionalKeys.filter((key) => Object.hasOwn(report, key)).length;
    if (keyCount(report) !== required.length + optional) return false;
    if (Object.hasOwn(report, 'invalidEntries') && !areEntriesShaped(report.invalidEntries))
      return false;
    if (Object.hasOwn(report, 'rollup') && !rollupSchema.safeParse(report.rollup).success)
      return false;
    // Rare and small: their own zod schemas answer without slowing the common case.
    if (Object.hasOwn(report, 'accepted') && !acceptedSchema.safeParse(report.accepted).success)
      return false;
    if (
      Object.hasOwn(report, 'fromLastYear') &&
      !(
        Array.isArray(report.fromLastYear) &&
        report.fromLastYear.every((a) => proseAddresses.has(a as string))
      )
    )
      return false;
    if (!isHeaderSound(report) || !areTablesShaped(report)) return false;
    for (let i = 0; i < values.length; i++)
      if (!(checks[i] as (value: number) => boolean)(values[i] as number)) return false;
    return true;
  };
}
