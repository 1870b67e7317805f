export interface Change {
  /** Dot path; for table cells this is the cell address, e.g. `requests.received.natural`. */
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const join = (prefix: string, key: string) => (prefix === '' ? key : `${prefix}.${key}`);

function collect(before: unknown, after: unknown, path: string, changes: Change[]): void {
  if (!isRecord(before) || !isRecord(after)) {
    if (before !== after && JSON.stringify(before) !== JSON.stringify(after))
      changes.push({ path, before, after });
    return;
  }
  for (const key of Object.keys(after)) collect(before[key], after[key], join(path, key), changes);
  for (const key of Object.keys(before))
    if (!Object.hasOwn(after, key))
      changes.push({ path: join(path, key), before: before[key], after: undefined });
}

/** Every leaf that differs between two JSON values: `after`'s keys in order, then removed ones. */
export function diffReports(before: unknown, after: unknown): Change[] {
  const changes: Change[] = [];
  collect(before, after, '', changes);
  return changes;
}

export const changedPaths = (before: unknown, after: unknown): string[] =>
  diffReports(before, after).map((change) => change.path);
