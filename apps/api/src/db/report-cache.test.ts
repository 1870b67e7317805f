import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRepository } from './create-repository.js';
import { openDatabase, type Database } from './open-database.js';
import { withReportCache } from './report-cache.js';
import { lazyReport } from './report-store.js';
import type { Repository, StoredReport } from './repository.js';

describe('withReportCache over SQLite', () => {
  let dir: string;
  let file: string;
  let database: Database;
  let repo: Repository;
  let reads: number;
  let stored: StoredReport;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-cache-'));
    file = join(dir, 'cache.sqlite');
    database = await openDatabase(`sqlite:${file}`);
    const counted = createRepository({ ...database, dataVersion: undefined });
    const getReport = counted.getReport.bind(counted);
    reads = 0;
    counted.getReport = (id) => {
      reads++;
      return getReport(id);
    };
    const dataVersion = database.dataVersion;
    if (!dataVersion) throw new Error('SQLite gives a data version');
    repo = withReportCache(counted, dataVersion);
    const agency = await repo.createAgency({ name: '甲市', parentId: null, level: null });
    stored = await repo.createReport({
      agencyId: agency.id,
      year: 2023,
      status: 'draft',
      report: { year: 2023, note: '原文' },
      action: 'create',
      userId: null,
      changes: [],
    });
  });
  afterEach(async () => {
    await database.close();
    rmSync(dir, { recursive: true });
  });

  const update = (version: number, note: string) =>
    repo.updateReport({
      id: stored.id,
      expectedVersion: version,
      status: 'draft',
      report: { year: 2023, note },
      action: 'update',
      userId: null,
      changes: ['note'],
    });

  it('answers a second read from memory, with the same record and content', async () => {
    const first = await repo.getReport(stored.id);
    const second = await repo.getReport(stored.id);
    expect(reads).toBe(1);
    expect(second?.report).toEqual({ year: 2023, note: '原文' });
    expect({ ...second, report: undefined }).toEqual({ ...first, report: undefined });
  });

  it('gives every read its own report object', async () => {
    const first = await repo.getReport(stored.id);
    (first?.report as { note: string }).note = '被调用方改动';
    expect((await repo.getReport(stored.id))?.report).toEqual({ year: 2023, note: '原文' });
  });

  it('reads again after a write through it', async () => {
    await repo.getReport(stored.id);
    await update(1, '改过');
    const after = await repo.getReport(stored.id);
    expect(after).toMatchObject({ version: 2, report: { note: '改过' } });
    expect(reads).toBe(2);
  });

  it('reads again after another connection commits to the same file', async () => {
    await repo.getReport(stored.id);
    const other = await openDatabase(`sqlite:${file}`);
    await other.db
      .updateTable('reports')
      .set({ version: 9, body: JSON.stringify({ year: 2023, note: '别处改的' }) })
      .where('id', '=', stored.id)
      .execute();
    await other.close();
    expect(await repo.getReport(stored.id)).toMatchObject({
      version: 9,
      report: { note: '别处改的' },
    });
  });

  it('does not keep a read that overlapped a write', async () => {
    const reading = repo.getReport(stored.id);
    await update(1, '读的同时写入');
    await reading;
    expect((await repo.getReport(stored.id))?.report).toEqual({
      year: 2023,
      note: '读的同时写入',
    });
  });

  it('reads again after a delete', async () => {
    await repo.getReport(stored.id);
    expect(await repo.deleteReport(stored.id, 1)).toBe(true);
    expect(await repo.getReport(stored.id)).toBeUndefined();
  });
});

const recordOf = (id: string, version: number) =>
  lazyReport(
    {
      id,
      agencyId: 'a',
      year: 2023,
      status: 'draft',
      version,
      correctsId: null,
      createdAt: '',
      updatedAt: '',
      updatedBy: null,
      milestones: 0,
      correctedById: null,
      correctionReason: null,
    },
    Buffer.from('{}'),
  );

describe('withReportCache, timing and bounds', () => {
  it('does not keep what a read brings back after a write has finished meanwhile', async () => {
    let finishRead: (stored: StoredReport) => void = () => undefined;
    let reads = 0;
    const inner = {
      getReport: () => {
        reads++;
        return new Promise<StoredReport>((resolve) => (finishRead = resolve));
      },
      updateReport: () => Promise.resolve(recordOf('a', 2)),
    } as unknown as Repository;
    const repo = withReportCache(inner, () => 0);
    const reading = repo.getReport('a');
    await repo.updateReport({
      id: 'a',
      expectedVersion: 1,
      report: {},
      status: 'draft',
      action: 'update',
      userId: null,
      changes: [],
    });
    finishRead(recordOf('a', 1));
    expect(await reading).toMatchObject({ version: 1 });
    const next = repo.getReport('a');
    finishRead(recordOf('a', 2));
    expect(await next).toMatchObject({ version: 2 });
    expect(reads).toBe(2);
  });

  it('keeps at most maxSize reports, dropping the oldest', async () => {
    let reads = 0;
    const inner = {
      getReport: (id: string) => {
        reads++;
        return Promise.resolve(recordOf(id, 1));
      },
    } as unknown as Repository;
    const repo = withReportCache(inner, () => 0, 2);
    for (const id of ['a', 'b', 'c', 'b', 'c']) await repo.getReport(id);
    expect(reads).toBe(3);
    await repo.getReport('a');
    expect(reads).toBe(4);
  });
});
