import { fieldNamesOf, type TemplateDef } from '@nianbao/schema';
import type { Comparison } from '$lib/api/api-client';
import { proseDiff, type ProseDiff } from '$lib/compare/prose-diff';

/** One difference between two revisions, as the API's compare route gives it (a side may be absent). */
export type Change = Pick<Comparison['changes'][number], 'path'> &
  Partial<Comparison['changes'][number]>;

export interface ChangeLine {
  readonly path: string;
  /** The field's Chinese name: a cell's row and column labels, a section's heading. */
  readonly name: string;
  readonly before: string;
  readonly after: string;
  /** For prose: the changed paragraphs whole, changes marked, instead of the shortened sides. */
  readonly diff?: ProseDiff;
}

const maxTextLength = 120;
// Text this long, or on several lines, is prose: shown as a marked diff, not side by side.
const proseLength = 20;

const textOrEmpty = (value: unknown): string | undefined =>
  value === undefined || value === null ? '' : typeof value === 'string' ? value : undefined;

/** The marked diff of a change between two texts, when either is prose. */
function proseDiffOf(change: Change): ProseDiff | undefined {
  const before = textOrEmpty(change.before);
  const after = textOrEmpty(change.after);
  if (before === undefined || after === undefined) return undefined;
  const isProse = [before, after].some((t) => t.length >= proseLength || t.includes('\n'));
  return isProse ? proseDiff(before, after) : undefined;
}

/** A value as a reviewer reads it: numbers as they are, long prose shortened, nothing as （空）. */
export function showValue(value: unknown): string {
  if (value === undefined || value === null || value === '') return '（空）';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > maxTextLength ? `${text.slice(0, maxTextLength)}……` : text;
}

/** The changes between two revisions, each named in Chinese from the report's template. */
export function describeChanges(
  template: TemplateDef | undefined,
  changes: readonly Change[],
): ChangeLine[] {
  const names = template ? fieldNamesOf(template) : new Map<string, string>();
  return changes.map((change) => {
    const diff = proseDiffOf(change);
    return {
      path: change.path,
      name: names.get(change.path) ?? change.path,
      before: showValue(change.before),
      after: showValue(change.after),
      ...(diff ? { diff } : {}),
    };
  });
}
