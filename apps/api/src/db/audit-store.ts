import type { Kysely, Selectable } from 'kysely';
import { auditHash, genesisHash, type AuditFields } from './audit-hash.js';
import type { AuditLogTable, Tables } from './tables.js';

export interface AuditEntry extends AuditFields {
  readonly prevHash: string;
  readonly hash: string;
}

export type NewAuditEntry = Omit<AuditFields, 'seq' | 'at'>;

export interface AuditQuery {
  readonly user?: string;
  readonly action?: string;
  /** ISO times, `from` included, `to` excluded. */
  readonly from?: string;
  readonly to?: string;
  readonly limit: number;
  readonly offset: number;
}

/** The append-only, hash-chained audit log: nothing here updates or deletes an entry. */
export interface AuditStore {
  append(entry: NewAuditEntry): Promise<AuditEntry>;
  /** Newest first. */
  list(query: AuditQuery): Promise<{ items: AuditEntry[]; total: number }>;
  /** Walks the chain from the first entry; `brokenAt` is the first entry that does not fit. */
  verify(): Promise<{ count: number; brokenAt?: number }>;
}

const toEntry = (row: Selectable<AuditLogTable>): AuditEntry => ({
  seq: row.seq,
  at: row.at,
  userId: row.user_id,
  userName: row.user_name,
  address: row.address,
  action: row.action,
  target: row.target,
  details: JSON.parse(row.details) as Record<string, unknown>,
  prevHash: row.prev_hash,
  hash: row.hash,
});

// Two processes may append at once: the primary key refuses the second, which tries again.
const attempts = 8;

export function createAuditStore(db: Kysely<Tables>): AuditStore {
  const appendOnce = (entry: NewAuditEntry) =>
    db.transaction().execute(async (trx) => {
      const last = await trx
        .selectFrom('audit_log')
        .select(['seq', 'hash'])
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      const fields = { ...entry, seq: (last?.seq ?? 0) + 1, at: new Date().toISOString() };
      const prevHash = last?.hash ?? genesisHash;
      const hash = auditHash(prevHash, fields);
      await trx
        .insertInto('audit_log')
        .values({
          seq: fields.seq,
          at: fields.at,
          user_id: fields.userId,
          user_name: fields.userName,
          address: fields.address,
          action: fields.action,
          target: fields.target,
          details: JSON.stringify(fields.details),
          prev_hash: prevHash,
          hash,
        })
        .execute();
      return { ...fields, prevHash, hash };
    });
  const filtered = (query: Omit<AuditQuery, 'limit' | 'offset'>) => {
    let select = db.selectFrom('audit_log');
    if (query.user) select = select.where('user_name', '=', query.user);
    if (query.action) select = select.where('action', '=', query.action);
    if (query.from) select = select.where('at', '>=', query.from);
    if (query.to) select = select.where('at', '<', query.to);
    return select;
  };
  return {
    async append(entry) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await appendOnce(entry);
        } catch (error) {
          if (attempt >= attempts) throw error;
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
        }
      }
    },
    async list(query) {
      const rows = await filtered(query)
        .selectAll()
        .orderBy('seq', 'desc')
        .limit(query.limit)
        .offset(query.offset)
        .execute();
      const total = await filtered(query)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return { items: rows.map(toEntry), total: Number(total.n) };
    },
    async verify() {
      let prevHash = genesisHash;
      let count = 0;
      const page = 1000;
      for (let after = 0; ;) {
        const rows = await db
          .selectFrom('audit_log')
          .selectAll()
          .where('seq', '>', after)
          .orderBy('seq')
          .limit(page)
          .execute();
        for (const row of rows.map(toEntry)) {
          const { prevHash: stored, hash, ...fields } = row;
          if (stored !== prevHash || auditHash(prevHash, fields) !== hash || row.seq !== count + 1)
            return { count, brokenAt: row.seq };
          prevHash = hash;
          count++;
        }
        if (rows.length < page) return { count };
        after = count;
      }
    },
  };
}
