import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';

// Versioned migrations: never edit one that has shipped; add the next instead.
const migrations: Record<string, Migration> = {
  '0001-initial': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('agencies')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('parent_id', 'text', (c) => c.references('agencies.id'))
        .addColumn('level', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('reports')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('corrects_id', 'text', (c) => c.references('reports.id'))
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text')
        .execute();
      await db.schema
        .createIndex('reports_agency_year')
        .on('reports')
        .columns(['agency_id', 'year'])
        .execute();
      await db.schema.createIndex('reports_status').on('reports').column('status').execute();
      await db.schema
        .createTable('revisions')
        .addColumn('report_id', 'text', (c) =>
          c.notNull().references('reports.id').onDelete('cascade'),
        )
        .addColumn('number', 'integer', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('changes', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('revisions_pk', ['report_id', 'number'])
        .execute();
    },
  },
  '0002-one-report-per-agency-year': {
    // The routes check these too; the indexes make concurrent requests unable to slip past.
    async up(db: Kysely<unknown>) {
      await db.schema
        .createIndex('reports_one_per_agency_year')
        .unique()
        .on('reports')
        .columns(['agency_id', 'year'])
        .where(sql.ref('corrects_id'), 'is', null)
        .execute();
      await db.schema
        .createIndex('reports_one_open_correction')
        .unique()
        .on('reports')
        .column('corrects_id')
        .where((eb) =>
          eb.and([
            eb(sql.ref('corrects_id'), 'is not', null),
            eb(sql.ref('status'), '<>', 'published'),
          ]),
        )
        .execute();
    },
  },
  '0003-revision-comment': {
    // A reviewer's reason for returning a report, or any note given with a workflow step.
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('revisions').addColumn('comment', 'text').execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
