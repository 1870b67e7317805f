import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { createProblemTables } from '../problems/problem-migration.js';

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
  '0004-milestones-corrections-deletions': {
    // 版本 counts workflow steps; a published correction names itself on its original; a
    // deleted draft keeps its row (and so its revisions) for the audit trail.
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('reports')
        .addColumn('milestones', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable('reports').addColumn('corrected_by_id', 'text').execute();
      await db.schema.alterTable('reports').addColumn('correction_reason', 'text').execute();
      await db.schema.alterTable('reports').addColumn('deleted_at', 'text').execute();
      await sql`update reports set milestones = (select count(*) from revisions
        where revisions.report_id = reports.id and revisions.action in
        ('submit', 'withdraw', 'return', 'approve', 'publish', 'correct'))`.execute(db);
      await sql`update reports set corrected_by_id = (select c.id from reports c
        where c.corrects_id = reports.id and c.status = 'published'
        order by c.updated_at desc limit 1)`.execute(db);
      await db.schema.dropIndex('reports_one_per_agency_year').execute();
      await db.schema.dropIndex('reports_one_open_correction').execute();
      await db.schema
        .createIndex('reports_one_per_agency_year')
        .unique()
        .on('reports')
        .columns(['agency_id', 'year'])
        .where((eb) =>
          eb.and([eb(sql.ref('corrects_id'), 'is', null), eb(sql.ref('deleted_at'), 'is', null)]),
        )
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
            eb(sql.ref('deleted_at'), 'is', null),
          ]),
        )
        .execute();
    },
  },
  '0005-accounts-and-audit': {
    // 等保 2.0: disabled accounts, forced password changes, idle sessions, login limits shared
    // by every server, a deleted user's name kept for history, and a hash-chained audit log.
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('users').addColumn('disabled_at', 'text').execute();
      await db.schema.alterTable('users').addColumn('deleted_at', 'text').execute();
      await db.schema
        .alterTable('users')
        .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable('sessions').addColumn('last_seen_at', 'text').execute();
      await sql`update sessions set last_seen_at = created_at`.execute(db);
      await db.schema
        .createTable('login_failures')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('username', 'text')
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('failures', 'integer', (c) => c.notNull())
        .addColumn('first_at', 'text', (c) => c.notNull())
        .addColumn('locked_until', 'text')
        .execute();
      await db.schema
        .createTable('audit_log')
        .addColumn('seq', 'integer', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text')
        .addColumn('user_name', 'text')
        .addColumn('address', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target', 'text')
        .addColumn('details', 'text', (c) => c.notNull())
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
    },
  },
  '0006-user-name': {
    // People are shown by name (姓名), not by login; accounts made before keep only the login.
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('users').addColumn('name', 'text').execute();
    },
  },
  '0007-messages': {
    // In-app messages (消息): to a user, or to an agency's users of one role; each reads it alone.
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('messages')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('agency_id', 'text')
        .addColumn('user_id', 'text')
        .addColumn('role', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('report_id', 'text')
        .addColumn('year', 'integer')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('sender_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('messages_agency')
        .on('messages')
        .columns(['agency_id', 'created_at'])
        .execute();
      await db.schema
        .createIndex('messages_user')
        .on('messages')
        .columns(['user_id', 'created_at'])
        .execute();
      await db.schema
        .createTable('message_reads')
        .addColumn('message_id', 'text', (c) =>
          c.notNull().references('messages.id').onDelete('cascade'),
        )
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('read_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('message_reads_pk', ['message_id', 'user_id'])
        .execute();
    },
  },
  '0008-problem-lists': {
    // 问题清单 → 整改 → 复核: one list per office, year and unit; each item keeps its steps.
    async up(db: Kysely<unknown>) {
      await createProblemTables(db);
    },
  },
  '0009-rule-packs': {
    // Rule packs made in the admin UI; nianbao.config.json's stay in the file.
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('rule_packs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text')
        .execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
};
