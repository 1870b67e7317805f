import { z } from 'zod/mini';
import { rollupSchema } from '../rollup/rollup-schema.js';
import { cellLabel, tableCells, type CellDef } from '../template/cells.js';
import { yearsOf } from '../template/supported-years.js';
import { proseSectionsOf, tablesOf, type TemplateDef } from '../template/template.js';
import { templates } from '../template/templates.js';
import { agencyLevels, type CellKind, type TableDef } from '../template/types.js';
import type { Report } from './report.js';
import { cellKindRules, hasAtMostDecimals } from './cell-kinds.js';

/** A cell's zod schema, from its kind's rules (`cellKindRules`). */
function valueSchema(kind: CellKind): z.ZodMiniType<number> {
  const { isInteger, minimum, maxDecimals, messages } = cellKindRules[kind];
  let schema = isInteger ? z.int() : z.number();
  if (minimum !== undefined) schema = schema.check(z.minimum(minimum));
  if (isInteger) return schema;
  return schema.check(
    z.refine((value: number) => hasAtMostDecimals(value, maxDecimals), {
      error: messages.tooManyDecimals,
    }),
  );
}

const cellSchema = (cell: CellDef) =>
  valueSchema(cell.kind).register(z.globalRegistry, {
    title: cellLabel(cell),
    description: cellKindRules[cell.kind].description,
  });
function tableSchema(table: TableDef) {
  const records = new Map<string, CellDef[]>();
  for (const cell of tableCells(table))
    records.set(cell.record, [...(records.get(cell.record) ?? []), cell]);
  return z.strictObject(
    Object.fromEntries(
      [...records].map(([record, cells]) => [
        record,
        z.strictObject(Object.fromEntries(cells.map((cell) => [cell.field, cellSchema(cell)]))),
      ]),
    ),
  );
}

/** `accepted`: warnings accepted with a reason (contract §3). */
export const acceptedSchema = z
  .array(
    z.strictObject({
      rule: z.string().check(z.minLength(1)),
      cells: z.array(z.string()).check(z.minLength(1)),
      reason: z.string().check(z.trim(), z.minLength(1)),
      by: z.string(),
      at: z.iso.datetime({ offset: true }),
    }),
  )
  .register(z.globalRegistry, {
    description: '接受的提醒及理由（产品约定 §3）；其中任一单元格改动后，编辑器与服务器删去此项',
  });

const fromLastYearSchema = (template: TemplateDef) =>
  z
    .array(z.enum(proseSectionsOf(template).map((section) => `narrative.${section.id}`)))
    .register(z.globalRegistry, { description: '从上年报告沿用、尚未修改的文字部分' });

const invalidEntriesSchema = (template: TemplateDef) =>
  z
    .partialRecord(
      z.enum(tablesOf(template).flatMap((table) => tableCells(table).map((c) => c.address))),
      z.string(),
    )
    .register(z.globalRegistry, {
      description: '不是数字的填报，按单元格地址照原样保留；该单元格的数值不计入任何合计',
    });

function yearSchema(template: TemplateDef) {
  const { first: from, last: to } = yearsOf(template);
  const other = templates.find((t) => t !== template)?.format;
  const error = `${template.format} 格式适用于 ${from}–${to} 年度的报告${other ? `；其他年度请用 ${other} 格式` : ''}`;
  return z.int().check(z.minimum(from, { error }), z.maximum(to, { error }));
}

function buildReportSchema(template: TemplateDef) {
  return z.strictObject({
    format: z.literal(template.format),
    year: yearSchema(template),
    agency: z.strictObject({
      name: z.string().check(z.trim(), z.minLength(1)),
      level: z.optional(z.enum(agencyLevels)),
    }),
    publishedOn: z.optional(z.iso.date()),
    narrative: z.strictObject(
      Object.fromEntries(proseSectionsOf(template).map((section) => [section.id, z.string()])),
    ),
    invalidEntries: z.optional(invalidEntriesSchema(template)),
    rollup: z.optional(rollupSchema),
    accepted: z.optional(acceptedSchema),
    fromLastYear: z.optional(fromLastYearSchema(template)),
    ...Object.fromEntries(tablesOf(template).map((table) => [table.id, tableSchema(table)])),
  });
}

// Built on first use: a few hundred zod schemas per template cost start-up time that a CLI
// or a page that only validates sound reports never needs.
const built = new WeakMap<TemplateDef, ReturnType<typeof buildReportSchema>>();

/** The zod schema of reports in one format version, derived from the template's data. */
export function reportSchemaFor(template: TemplateDef): ReturnType<typeof buildReportSchema> {
  let schema = built.get(template);
  if (!schema) built.set(template, (schema = buildReportSchema(template)));
  return schema;
}

/** Every format's schema, discriminated by `format`. */
export function reportSchemaUnion() {
  const [newest, ...older] = templates.map(reportSchemaFor);
  if (!newest) throw new Error('no template');
  return z.discriminatedUnion('format', [newest, ...older]);
}

/**
 * A report in any supported format, strict: unknown fields are errors.
 * Built from the template data at run time, so its static type is declared as `Report`.
 */
export const ReportSchema = z.lazy(reportSchemaUnion) as unknown as z.ZodMiniType<Report>;
