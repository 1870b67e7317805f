import { v7 as timeOrderedId } from 'uuid';
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import { sessionToContinue, unionOf } from './coalesce-revision.js';
import { guardConstraint } from './constraint-error.js';
import type { DialectName } from './open-database.js';
import type {
  ReportChange,
  ReportStatus,
  ReportSummary,
  Repository,
  Revision,
  RevisionWithReport,
  StoredReport,
} from './repository.js';
import type { ReportTable, RevisionTable, Tables } from './tables.js';

type ReportStore = Pick<
  Repository,
  | 'listReports'
  | 'getReport'
  | 'findReports'
  | 'findReportsIn'
  | 'createReport'
  | 'updateReport'
  | 'deleteReport'
  | 'listRevisions'
  | 'getRevision'
>;

type SummaryRow = Omit<Selectable<ReportTable>, 'body' | 'deleted_at'>;
type ReportRow = SummaryRow & { body: string | Uint8Array };

const summaryColumns = [
  'id',
  'agency_id',
  'year',
  'status',
  'version',
  'corrects_id',
  'created_at',
  'updated_at',
  'updated_by',
  'milestones',
  'corrected_by_id',
  'correction_reason',
] as const;

const summaryOfRow = (row: SummaryRow): ReportSummary => ({
  id: row.id,
  agencyId: row.agency_id,
  year: row.year,
  status: row.status as ReportStatus,
  version: row.version,
  correctsId: row.corrects_id,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  updatedBy: row.updated_by,
  milestones: row.milestones,
  correctedById: row.corrected_by_id,
  correctionReason: row.correction_reason,
});

/** A report's record fields alone, without its content: for lists and response heads. */
export const summaryOf = (record: ReportSummary): ReportSummary => ({
  id: record.id,
  agencyId: record.agencyId,
  year: record.year,
  status: record.status,
  version: record.version,
  correctsId: record.correctsId,
  createdAt: record.createdAt,
  updatedAt: record.updatedAt,
  updatedBy: record.updatedBy,
  milestones: record.milestones,
  correctedById: record.correctedById,
  correctionReason: record.correctionReason,
});

const utf8 = new TextDecoder();

/**
 * A report record whose content is parsed from `bytes` on first use: a GET sends the stored
 * bytes as they are and never needs the object. Each call parses its own copy.
 */
export function lazyReport(summary: ReportSummary, bytes: Uint8Array): StoredReport {
  let report: unknown;
  return {
    ...summaryOf(summary),
    reportJson: bytes,
    get report() {
      return (report ??= JSON.parse(utf8.decode(bytes)) as unknown);
    },
  };
}

const toReport = (row: ReportRow): StoredReport =>
  lazyReport(summaryOfRow(row), typeof row.body === 'string' ? Buffer.from(row.body) : row.body);

/**
 * The body column as the driver reads it fastest. SQLite hands over a blob without decoding
 * 5 kB of UTF-8 into a JavaScript string (a fifth of a GET); PostgreSQL would send a blob as
 * hex text, so there the text is read as it is.
 */
const bodyColumn = (dialect: DialectName) =>
  dialect === 'sqlite'
    ? sql<Uint8Array>`cast(body as blob)`.as('body')
    : sql<string>`body`.as('body');

type RevisionRow = Omit<Selectable<RevisionTable>, 'body'> & {
  username: string | null;
  name: string | null;
};

const toRevision = (row: RevisionRow): Revision => ({
  reportId: row.report_id,
  number: row.number,
  action: row.action,
  status: row.status as ReportStatus,
  userId: row.user_id,
  username: row.username,
  name: row.name,
  createdAt: row.created_at,
  changes: JSON.parse(row.changes) as string[],
  comment: row.comment,
});

// The author's name comes along; a deleted user leaves the id and a null name.
const revisionColumns = [
  'revisions.report_id',
  'revisions.number',
  'revisions.action',
  'revisions.status',
  'revisions.user_id',
  'revisions.created_at',
  'revisions.changes',
  'revisions.comment',
  'users.username',
  'users.name',
] as const;

/** Reports and their revisions; every write and its revision commit together. */
export function createReportStore(db: Kysely<Tables>, dialect: DialectName): ReportStore {
  const reportColumns = [...summaryColumns, bodyColumn(dialect)] as const;
  const getReport = async (id: string) => {
    const row = await db
      .selectFrom('reports')
      .select(reportColumns)
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    return row && toReport(row);
  };
  const findReportsIn: ReportStore['findReportsIn'] = async ({ agencyIds, years }) => {
    if (agencyIds.length === 0 || years.length === 0) return [];
    const rows = await db
      .selectFrom('reports')
      .select(reportColumns)
      .where('agency_id', 'in', agencyIds)
      .where('year', 'in', years)
      .where('deleted_at', 'is', null)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toReport);
  };
  return {
    async listReports(filter) {
      if (filter.agencyIds?.length === 0) return { items: [], total: 0 };
      let query = db.selectFrom('reports').where('deleted_at', 'is', null);
      if (filter.agencyIds !== undefined) query = query.where('agency_id', 'in', filter.agencyIds);
      if (filter.year !== undefined) query = query.where('year', '=', filter.year);
      if (filter.status !== undefined) query = query.where('status', '=', filter.status);
      const visible = filter.visibleAgencies;
      if (visible !== 'all')
        query = query.where((eb) =>
          visible.length === 0
            ? eb('status', '=', 'published')
            : eb.or([eb('status', '=', 'published'), eb('agency_id', 'in', visible)]),
        );
      const [rows, count] = await Promise.all([
        query
          .select(summaryColumns)
          .orderBy('year', 'desc')
          .orderBy('updated_at', 'desc')
          .orderBy('id')
          .limit(filter.limit)
          .offset(filter.offset)
          .execute(),
        query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(summaryOfRow), total: Number(count.n) };
    },
    getReport,
    findReports: ({ agencyId, year }) => findReportsIn({ agencyIds: [agencyId], years: [year] }),
    findReportsIn,
    async createReport(input) {
      const now = new Date().toISOString();
      const row = {
        // Time-ordered and monotonic in this process: "newest" never rests on a random tie-break.
        id: timeOrderedId(),
        agency_id: input.agencyId,
        year: input.year,
        status: input.status,
        version: 1,
        corrects_id: input.correctsId ?? null,
        body: JSON.stringify(input.report),
        created_at: now,
        updated_at: now,
        updated_by: input.userId,
        milestones: input.milestone ? 1 : 0,
        corrected_by_id: null,
        correction_reason: input.correctionReason ?? null,
      };
      await guardConstraint(
        () =>
          db.transaction().execute(async (trx) => {
            await trx.insertInto('reports').values(row).execute();
            await trx
              .insertInto('revisions')
              .values({
                report_id: row.id,
                number: 1,
                action: input.action,
                status: input.status,
                user_id: input.userId,
                created_at: now,
                changes: JSON.stringify(input.changes),
                body: row.body,
              })
              .execute();
          }),
        `本机关 ${input.year} 年度已有报告（或该报告已有未发布的更正版本）`,
      );
      return toReport(row);
    },
    async updateReport(change) {
      const now = new Date().toISOString();
      const body = JSON.stringify(change.report);
      const version = change.expectedVersion + 1;
      const updated = await db.transaction().execute(async (trx) => {
        // The version check and the write are one statement, so concurrent writers cannot both win.
        const row = await trx
          .updateTable('reports')
          .set((eb) => ({
            body,
            status: change.status,
            version,
            updated_at: now,
            updated_by: change.userId,
            milestones: eb('milestones', '+', change.milestone ? 1 : 0),
          }))
          .where('id', '=', change.id)
          .where('version', '=', change.expectedVersion)
          .where('deleted_at', 'is', null)
          .returning(summaryColumns)
          .executeTakeFirst();
        if (!row) return undefined;
        await writeRevision(trx, { change, version, body, now });
        if (change.status === 'published' && row.corrects_id !== null)
          await markCorrected(trx, { originalId: row.corrects_id, change, now });
        return { ...summaryOfRow(row), report: change.report };
      });
      if (updated) return updated;
      const current = await db
        .selectFrom('reports')
        .select('id')
        .where('id', '=', change.id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      return current ? 'conflict' : undefined;
    },
    async deleteReport(id, expectedVersion, userId = null) {
      const now = new Date().toISOString();
      return db.transaction().execute(async (trx) => {
        // Marked, not removed: the report's revisions stay for the audit trail.
        const row = await trx
          .updateTable('reports')
          .set({ deleted_at: now, version: expectedVersion + 1, updated_at: now })
          .where('id', '=', id)
          .where('version', '=', expectedVersion)
          .where('deleted_at', 'is', null)
          .returning(['status', 'body'])
          .executeTakeFirst();
        if (!row) return false;
        await trx
          .insertInto('revisions')
          .values({
            report_id: id,
            number: expectedVersion + 1,
            action: 'delete',
            status: row.status,
            user_id: userId,
            created_at: now,
            changes: '[]',
            body: row.body,
          })
          .execute();
        return true;
      });
    },
    async listRevisions(reportId) {
      const rows = await db
        .selectFrom('revisions')
        .leftJoin('users', 'users.id', 'revisions.user_id')
        .select(revisionColumns)
        .where('report_id', '=', reportId)
        .orderBy('number')
        .execute();
      return rows.map(toRevision);
    },
    async getRevision(reportId, number): Promise<RevisionWithReport | undefined> {
      const row = await db
        .selectFrom('revisions')
        .leftJoin('users', 'users.id', 'revisions.user_id')
        .select([...revisionColumns, 'revisions.body'])
        .where('report_id', '=', reportId)
        .where('number', '=', number)
        .executeTakeFirst();
      return row && { ...toRevision(row), report: JSON.parse(row.body) as unknown };
    },
  };
}

/** Names the published correction on its original: a new version, so caches see it changed. */
async function markCorrected(
  trx: Transaction<Tables>,
  { originalId, change, now }: { originalId: string; change: ReportChange; now: string },
): Promise<void> {
  const original = await trx
    .updateTable('reports')
    .set((eb) => ({
      corrected_by_id: change.id,
      version: eb('version', '+', 1),
      updated_at: now,
      updated_by: change.userId,
    }))
    .where('id', '=', originalId)
    .returning(['version', 'status', 'body'])
    .executeTakeFirst();
  if (!original) return;
  await trx
    .insertInto('revisions')
    .values({
      report_id: originalId,
      number: original.version,
      action: 'corrected',
      status: original.status,
      user_id: change.userId,
      created_at: now,
      changes: '[]',
      body: original.body,
    })
    .execute();
}

/** Adds the change's revision, or folds a save into the editing session it continues. */
async function writeRevision(
  trx: Transaction<Tables>,
  {
    change,
    version,
    body,
    now,
  }: { change: ReportChange; version: number; body: string; now: string },
): Promise<void> {
  const session = await sessionToContinue(trx, { change, now });
  if (session) {
    await trx
      .updateTable('revisions')
      .set({
        number: version,
        created_at: now,
        body,
        changes: JSON.stringify(unionOf(session.changes, change.changes)),
      })
      .where('report_id', '=', change.id)
      .where('number', '=', session.number)
      .execute();
    return;
  }
  await trx
    .insertInto('revisions')
    .values({
      report_id: change.id,
      number: version,
      action: change.action,
      status: change.status,
      user_id: change.userId,
      created_at: now,
      changes: JSON.stringify(change.changes),
      body,
      comment: change.comment ?? null,
    })
    .execute();
}
