import type { TemplateDef } from '../template/template.js';
import type { CellIndex } from './cell-values.js';
import { compileEquations, type CompiledEquation } from './compiled-equation.js';

const cache = new WeakMap<TemplateDef, ReadonlyMap<number, CompiledEquation>>();

/** Each total cell (by index) with the `sum` equation that defines it (the first one). */
function definitionsOf(
  template: TemplateDef,
  index: CellIndex,
): ReadonlyMap<number, CompiledEquation> {
  let definitions = cache.get(template);
  if (definitions) return definitions;
  const found = new Map<number, CompiledEquation>();
  for (const rule of template.rules) {
    if (rule.kind !== 'sum') continue;
    for (const equation of compileEquations(rule.equations, index)) {
      const total = equation.left[0];
      if (total !== undefined && !found.has(total)) found.set(total, equation);
    }
  }
  cache.set(template, (definitions = found));
  return definitions;
}

/**
 * Reads cells as `computeTotals` would fill them — a total from its parts, whatever the report
 * stores there — straight from the cell values, computing only what is asked for.
 */
export function totalsReader(
  template: TemplateDef,
  index: CellIndex,
  values: Float64Array,
): (address: string) => number {
  const valueAt = totalsByIndex(template, index, values);
  return (address) => {
    const cell = index.indexOf.get(address);
    return cell === undefined ? NaN : valueAt(cell);
  };
}

/** Like `totalsReader`, by cell index. */
function totalsByIndex(
  template: TemplateDef,
  index: CellIndex,
  values: Float64Array,
): (cell: number) => number {
  const definitions = definitionsOf(template, index);
  const known = new Map<number, number>();
  const valueAt = (cell: number): number => {
    const memo = known.get(cell);
    if (memo !== undefined) return memo;
    const definition = definitions.get(cell);
    let value = values[cell] ?? NaN;
    if (definition) {
      value = 0;
      definition.right.forEach(
        (part, i) => (value += (definition.signs[1][i] ?? 1) * valueAt(part)),
      );
    }
    known.set(cell, value);
    return value;
  };
  return valueAt;
}

/**
 * The values with NaN, “no number”, also at every total that sums a cell without one: a total
 * over an entry kept as typed is not counted either.
 */
export function withoutUncountedTotals(
  template: TemplateDef,
  index: CellIndex,
  values: Float64Array,
): Float64Array {
  const valueAt = totalsByIndex(template, index, values);
  const counted = values.slice();
  for (const total of definitionsOf(template, index).keys())
    if (Number.isNaN(valueAt(total))) counted[total] = NaN;
  return counted;
}
