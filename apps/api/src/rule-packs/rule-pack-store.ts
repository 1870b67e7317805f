import { randomUUID } from 'node:crypto';
import type { RulePackInput } from '@nianbao/config';
import type { Kysely, Selectable } from 'kysely';
import type { RulePackTable, Tables } from '../db/tables.js';

/** A rule pack made in the admin UI, as stored. */
export interface StoredRulePack {
  readonly id: string;
  readonly pack: RulePackInput;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The user name of who last saved it. */
  readonly updatedBy: string | null;
}

/** The rule packs kept in the database: every API process reads the same ones. */
export interface RulePackStore {
  /** Oldest first. */
  list(): Promise<StoredRulePack[]>;
  create(pack: RulePackInput, by: string | null): Promise<StoredRulePack>;
  update(id: string, pack: RulePackInput, by: string | null): Promise<StoredRulePack | undefined>;
  /** The deleted pack; undefined when there was none. */
  delete(id: string): Promise<StoredRulePack | undefined>;
}

const toPack = (row: Selectable<RulePackTable>): StoredRulePack => ({
  id: row.id,
  pack: JSON.parse(row.body) as RulePackInput,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  updatedBy: row.updated_by,
});

export function createRulePackStore(db: Kysely<Tables>): RulePackStore {
  const get = async (id: string) =>
    db.selectFrom('rule_packs').selectAll().where('id', '=', id).executeTakeFirst();
  return {
    async list() {
      const rows = await db.selectFrom('rule_packs').selectAll().orderBy('created_at').execute();
      return rows.map(toPack);
    },
    async create(pack, by) {
      const at = new Date().toISOString();
      const row = {
        id: randomUUID(),
        body: JSON.stringify(pack),
        created_at: at,
        updated_at: at,
        updated_by: by,
      };
      await db.insertInto('rule_packs').values(row).execute();
      return toPack(row);
    },
    async update(id, pack, by) {
      const at = new Date().toISOString();
      await db
        .updateTable('rule_packs')
        .set({ body: JSON.stringify(pack), updated_at: at, updated_by: by })
        .where('id', '=', id)
        .execute();
      const row = await get(id);
      return row && toPack(row);
    },
    async delete(id) {
      const row = await get(id);
      if (!row) return undefined;
      await db.deleteFrom('rule_packs').where('id', '=', id).execute();
      return toPack(row);
    },
  };
}
