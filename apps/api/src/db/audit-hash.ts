import { createHash } from 'node:crypto';

/** One audit entry as hashed: every field but the hashes. */
export interface AuditFields {
  readonly seq: number;
  readonly at: string;
  readonly userId: string | null;
  readonly userName: string | null;
  readonly address: string | null;
  readonly action: string;
  readonly target: string | null;
  readonly details: Readonly<Record<string, unknown>>;
}

/** JSON with object keys sorted at every level, so equal entries always hash alike. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map(
        (key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`,
      )
      .join(',')}}`;
  return JSON.stringify(value);
}

/** sha256 (hex) of the previous entry's hash followed by this entry's canonical JSON. */
export const auditHash = (prevHash: string, entry: AuditFields): string =>
  createHash('sha256')
    .update(prevHash + canonicalJson(entry))
    .digest('hex');

/** The `prev_hash` of the first entry. */
export const genesisHash = '0'.repeat(64);
