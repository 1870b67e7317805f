export interface Change {
  /** Dot path; for table cells this is the cell address, e.g. `requests.received.natural`. */
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every leaf that differs between two JSON values, in the order of `after`'s keys. */
export function diffReports(before: unknown, after: unknown, prefix = ''): Change[] {
  if (!isRecord(before) || !isRecord(after)) {
    const same = JSON.stringify(before) === JSON.stringify(after);
    return same ? [] : [{ path: prefix, before, after }];
  }
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return keys.flatMap((key) =>
    diffReports(before[key], after[key], prefix === '' ? key : `${prefix}.${key}`),
  );
}

export const changedPaths = (before: unknown, after: unknown): string[] =>
  diffReports(before, after).map((change) => change.path);
