import type { Kysely } from 'kysely';

/** The tables of migration 0008-problem-lists; shipped as is, so never edit it: add a migration. */
export async function createProblemTables(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('problem_lists')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('issuer_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('problem_lists_one_per_unit')
    .unique()
    .on('problem_lists')
    .columns(['issuer_id', 'year', 'agency_id'])
    .execute();
  await db.schema
    .createTable('problem_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('list_id', 'text', (c) =>
      c.notNull().references('problem_lists.id').onDelete('cascade'),
    )
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('report_id', 'text')
    .addColumn('rectified_report_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // Generating again finds an item by its fingerprint instead of adding it twice.
  await db.schema
    .createIndex('problem_items_one_per_source')
    .unique()
    .on('problem_items')
    .columns(['list_id', 'fingerprint'])
    .execute();
  await db.schema
    .createTable('problem_steps')
    .addColumn('item_id', 'text', (c) =>
      c.notNull().references('problem_items.id').onDelete('cascade'),
    )
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('user_name', 'text')
    .addColumn('note', 'text')
    .addColumn('report_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('problem_steps_pk', ['item_id', 'number'])
    .execute();
}
