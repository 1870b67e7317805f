/** Splits `table.record.field` into its three keys. */
export function splitAddress(address: string): readonly [string, string, string] {
  const [table = '', record = '', field = ''] = address.split('.');
  return [table, record, field];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at a dotted path of any JSON value, or undefined when the path does not lead anywhere. */
export function readPath(value: unknown, path: readonly string[]): unknown {
  let here = value;
  for (const key of path) {
    if (!isObject(here) || !Object.hasOwn(here, key)) return undefined;
    here = here[key];
  }
  return here;
}

/** A table cell's number, or undefined when the report has no finite number there. */
export function readNumber(report: unknown, path: readonly string[]): number | undefined {
  const value = readPath(report, path);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
