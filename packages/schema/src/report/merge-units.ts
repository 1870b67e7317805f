import { cellLabel, tableCells } from '../template/cells.js';
import { fieldNamesOf } from '../validate/field-names.js';
import { templateFor } from '../template/templates.js';
import type { TemplateDef } from '../template/template.js';
import { readNumber, readPath, splitAddress } from './cell-access.js';

/** A report as plain JSON, which a merge reads and writes by key. */
export type JsonObject = Record<string, unknown>;

/** One unit of change: a table cell, a prose section, an invalid entry, or a whole field. */
export interface MergeUnit {
  /** The cell address, `narrative.<section>`, `invalidEntries.<key>` or the field's name. */
  readonly address: string;
  /** Its Chinese name, for people. */
  readonly label: string;
  /** What the user sees there: a cell's entry as typed when it is not a number, else its number. */
  readonly read: (report: JsonObject) => unknown;
  /** Copies the unit from `source` into `target`, removing it when `source` has none. */
  readonly copy: (target: JsonObject, source: JsonObject) => void;
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep equality of JSON values; an absent key equals an undefined one. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  if (!isObject(a) || !isObject(b) || Array.isArray(a) || Array.isArray(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => sameJson(a[key], b[key]));
}

/** A deep copy of a JSON value (the package runs where `structuredClone` may not exist). */
export const cloneJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Sets or (for undefined) deletes `path` in `target`, making objects on the way. */
function writePath(target: JsonObject, path: readonly string[], value: unknown): void {
  const [key, ...rest] = path;
  if (key === undefined) return;
  if (rest.length === 0) {
    if (value === undefined) Reflect.deleteProperty(target, key);
    else target[key] = cloneJson(value);
    return;
  }
  if (!isObject(target[key])) {
    if (value === undefined) return;
    target[key] = {};
  }
  writePath(target[key] as JsonObject, rest, value);
  // An entry map left empty is dropped, as the format omits it.
  if (key === entries && Object.keys(target[key] as JsonObject).length === 0)
    Reflect.deleteProperty(target, key);
}

const entries = 'invalidEntries';

const pathUnit = (address: string, label: string, path: readonly string[]): MergeUnit => ({
  address,
  label,
  read: (report) => readPath(report, path),
  copy: (target, source) => {
    writePath(target, path, readPath(source, path));
  },
});

function cellUnit(address: string, label: string): MergeUnit {
  const path = splitAddress(address);
  return {
    address,
    label,
    read: (report) => readPath(report, [entries, address]) ?? readNumber(report, path),
    copy: (target, source) => {
      writePath(target, path, readPath(source, path));
      writePath(target, [entries, address], readPath(source, [entries, address]));
    },
  };
}

function templateUnits(template: TemplateDef): MergeUnit[] {
  return template.sections.flatMap((section) =>
    section.kind === 'prose'
      ? [pathUnit(`narrative.${section.id}`, section.heading, ['narrative', section.id])]
      : tableCells(section.table)
          // Totals follow from their parts: recomputed after merging, never merged.
          .filter((cell) => !cell.isTotal)
          .map((cell) => cellUnit(cell.address, `${section.heading}：${cellLabel(cell)}`)),
  );
}

/**
 * Every unit of change of these reports, each once: the cells and prose sections of their
 * templates, any other invalid entry or prose key, and every other top-level field whole.
 */
export function mergeUnitsOf(reports: readonly JsonObject[]): MergeUnit[] {
  const units = new Map<string, MergeUnit>();
  const add = (unit: MergeUnit) => {
    if (!units.has(unit.address)) units.set(unit.address, unit);
  };
  const templates = new Set(reports.map((r) => templateFor(String(r.format))));
  const owned = new Set(['narrative', entries]);
  for (const template of templates) {
    if (!template) continue;
    for (const unit of templateUnits(template)) add(unit);
    for (const section of template.sections) if (section.kind === 'table') owned.add(section.id);
  }
  const names = [...templates].flatMap((t) => (t ? [fieldNamesOf(t)] : []));
  const nameOf = (key: string) => names.find((n) => n.has(key))?.get(key) ?? key;
  for (const report of reports) {
    for (const map of ['narrative', entries]) {
      const value = report[map];
      if (isObject(value))
        for (const key of Object.keys(value))
          // An entry of a template cell is part of that cell's unit.
          if (!units.has(key)) add(pathUnit(`${map}.${key}`, nameOf(`${map}.${key}`), [map, key]));
    }
    // Keys no template knows are still merged, each whole.
    for (const key of Object.keys(report))
      if (!owned.has(key)) add(pathUnit(key, nameOf(key), [key]));
  }
  return [...units.values()];
}
