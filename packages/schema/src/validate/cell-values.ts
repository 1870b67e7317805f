import { tableCells } from '../template/cells.js';
import { tablesOf, type TemplateDef } from '../template/template.js';

/** Every table cell of a template, numbered, and grouped the way a report nests them. */
export interface CellIndex {
  readonly size: number;
  readonly indexOf: ReadonlyMap<string, number>;
  readonly tables: readonly {
    readonly table: string;
    readonly records: readonly {
      readonly record: string;
      readonly fields: readonly string[];
      readonly first: number;
    }[];
  }[];
}

const cache = new WeakMap<TemplateDef, CellIndex>();

export function cellIndexOf(template: TemplateDef): CellIndex {
  const cached = cache.get(template);
  if (cached) return cached;
  const indexOf = new Map<string, number>();
  const tables = tablesOf(template).map((table) => {
    const records = new Map<string, { record: string; fields: string[]; first: number }>();
    for (const cell of tableCells(table)) {
      const entry = records.get(cell.record) ?? { record: cell.record, fields: [], first: 0 };
      records.set(cell.record, entry);
      entry.fields.push(cell.field);
    }
    // Number the cells record by record so each record's fields are contiguous.
    for (const entry of records.values()) {
      entry.first = indexOf.size;
      for (const field of entry.fields)
        indexOf.set(`${table.id}.${entry.record}.${field}`, indexOf.size);
    }
    return { table: table.id, records: [...records.values()] };
  });
  const index = { size: indexOf.size, indexOf, tables };
  cache.set(template, index);
  return index;
}

type Json = Record<string, unknown>;

/**
 * Reads every cell of a report into an array, NaN where there is no finite number, so that
 * rules add numbers by index instead of walking objects. Any value is accepted.
 */
export function readCellValues(index: CellIndex, report: unknown): Float64Array {
  const values = new Float64Array(index.size).fill(NaN);
  if (typeof report !== 'object' || report === null) return values;
  // Keys come from the template, never from the input, so plain property reads are safe here.
  for (const { table, records } of index.tables) {
    const tableValues = (report as Json)[table];
    if (typeof tableValues !== 'object' || tableValues === null) continue;
    for (const { record, fields, first } of records) {
      const row = (tableValues as Json)[record];
      if (typeof row !== 'object' || row === null) continue;
      for (let i = 0; i < fields.length; i++) {
        const value = (row as Json)[fields[i] as string];
        if (typeof value === 'number') values[first + i] = value;
      }
    }
  }
  return values;
}

/** The values with NaN, “no number”, at each cell listed: rules skip what they cannot count. */
export function withoutInvalidEntries(
  values: Float64Array,
  index: CellIndex,
  entries: readonly (readonly [string, string])[],
): Float64Array {
  const counted = values.slice();
  for (const [address] of entries) {
    const i = index.indexOf.get(address);
    if (i !== undefined) counted[i] = NaN;
  }
  return counted;
}
