import type { Equation } from '../rules/types.js';
import type { CellIndex } from './cell-values.js';

export interface CompiledEquation {
  readonly equation: Equation;
  /** Cell indexes and signs, left side first; `previous` marks terms read from last year. */
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly signs: readonly [Float64Array, Float64Array];
  readonly previous: readonly [Uint8Array, Uint8Array];
  readonly needsPrevious: boolean;
}

const cache = new WeakMap<readonly Equation[], readonly CompiledEquation[]>();

/** The equations of a rule, compiled once into index arrays for fast evaluation. */
export function compileEquations(
  equations: readonly Equation[],
  index: CellIndex,
): readonly CompiledEquation[] {
  const cached = cache.get(equations);
  if (cached) return cached;
  const indexes = (terms: Equation['left']) =>
    Int32Array.from(terms, (term) => {
      const i = index.indexOf.get(term.address);
      if (i === undefined) throw new Error(`unknown cell ${term.address}`);
      return i;
    });
  const compiled = equations.map((equation) => ({
    equation,
    left: indexes(equation.left),
    right: indexes(equation.right),
    signs: [
      Float64Array.from(equation.left, (t) => t.sign),
      Float64Array.from(equation.right, (t) => t.sign),
    ] as const,
    previous: [
      Uint8Array.from(equation.left, (t) => (t.isPrevious ? 1 : 0)),
      Uint8Array.from(equation.right, (t) => (t.isPrevious ? 1 : 0)),
    ] as const,
    needsPrevious: [...equation.left, ...equation.right].some((term) => term.isPrevious),
  }));
  cache.set(equations, compiled);
  return compiled;
}

/** The values of one side's terms, read from this year's or last year's cell values. */
export function sideValues(
  cells: Int32Array,
  isPrevious: Uint8Array,
  current: Float64Array,
  previous: Float64Array | undefined,
): number[] {
  return Array.from(cells, (cell, i) =>
    isPrevious[i] ? (previous?.[cell] ?? NaN) : (current[cell] ?? NaN),
  );
}

/** Σ sign × value; NaN when any term has no number. */
export function sumSide(
  cells: Int32Array,
  signs: Float64Array,
  isPrevious: Uint8Array,
  current: Float64Array,
  previous: Float64Array | undefined,
): number {
  let sum = 0;
  for (let i = 0; i < cells.length; i++) {
    const source = isPrevious[i] ? previous : current;
    sum += (signs[i] ?? 1) * (source?.[cells[i] ?? 0] ?? NaN);
  }
  return Math.round(sum * 1e4) / 1e4;
}
