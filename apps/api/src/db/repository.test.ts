import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { describeEachDatabase, openTestDatabase } from '../test-support/test-databases.js';
import type { Database } from './open-database.js';
import { createRepository } from './create-repository.js';
import { ConflictError, type Repository } from './repository.js';

const report = (year: number, natural = 0) => ({ year, requests: { received: { natural } } });

describeEachDatabase('repository', (kind) => {
  let database: Database;
  let repo: Repository;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    repo = createRepository(database);
  });
  afterAll(() => database.close());

  it('stores an agency hierarchy and refuses duplicate names', async () => {
    const parent = await repo.createAgency({ name: '甲市', parentId: null, level: 'city' });
    const child = await repo.createAgency({
      name: '甲市乙镇',
      parentId: parent.id,
      level: 'township',
    });
    expect(await repo.getAgency(child.id)).toEqual(child);
    await expect(repo.createAgency({ name: '甲市', parentId: null, level: null })).rejects.toThrow(
      ConflictError,
    );
    await expect(repo.deleteAgency(parent.id)).rejects.toThrow(ConflictError);
    expect(await repo.updateAgency(child.id, { name: '甲市丙镇' })).toMatchObject({
      name: '甲市丙镇',
    });
  });

  it('keeps users and finds them through sessions neither idle nor too old', async () => {
    const agency = await repo.createAgency({ name: '用户机关', parentId: null, level: null });
    const user = await repo.createUser({
      username: 'u1',
      role: 'editor',
      agencyId: agency.id,
      passwordHash: 'h',
    });
    expect(await repo.findCredentials('u1')).toEqual({ user, passwordHash: 'h' });
    await expect(
      repo.createUser({ username: 'u1', role: 'editor', agencyId: agency.id, passwordHash: 'h' }),
    ).rejects.toThrow(ConflictError);
    await repo.createSession({ tokenHash: 'live', userId: user.id });
    await repo.createSession({ tokenHash: 'idle', userId: user.id });
    const minutes = (n: number) => new Date(Date.now() + n * 60_000).toISOString();
    expect(await repo.findSessionUser('live', minutes(0))).toEqual(user);
    expect(await repo.findSessionUser('idle', minutes(31))).toBeUndefined();
    // Used every 25 minutes, a session still ends 12 hours after login.
    for (let at = 25; at < 12 * 60; at += 25)
      expect(await repo.findSessionUser('live', minutes(at))).toEqual(user);
    expect(await repo.findSessionUser('live', minutes(12 * 60 + 1))).toBeUndefined();
    await repo.createSession({ tokenHash: 'again', userId: user.id });
    await repo.deleteSession('again');
    expect(await repo.findSessionUser('again', minutes(0))).toBeUndefined();
    expect(await repo.updateUser(user.id, { role: 'reviewer' })).toMatchObject({
      role: 'reviewer',
    });
    expect(await repo.deleteUser(user.id)).toBe(true);
    expect(await repo.getUser(user.id)).toBeUndefined();
  });

  it('writes a report and a revision per change, refusing a stale version', async () => {
    const agency = await repo.createAgency({ name: '报告机关', parentId: null, level: null });
    const created = await repo.createReport({
      agencyId: agency.id,
      year: 2022,
      status: 'draft',
      report: report(2022),
      action: 'create',
      userId: null,
      changes: [],
    });
    expect(created.version).toBe(1);
    const change = {
      id: created.id,
      expectedVersion: 1,
      report: report(2022, 5),
      status: 'draft' as const,
      action: 'update',
      userId: null,
      changes: ['requests.received.natural'],
    };
    const updated = await repo.updateReport(change);
    expect(updated).toMatchObject({ version: 2, report: report(2022, 5) });
    expect(await repo.updateReport(change)).toBe('conflict');
    expect(await repo.updateReport({ ...change, id: 'missing' })).toBeUndefined();
    const revisions = await repo.listRevisions(created.id);
    expect(revisions.map((r) => [r.number, r.action, r.changes])).toEqual([
      [1, 'create', []],
      [2, 'update', ['requests.received.natural']],
    ]);
    expect((await repo.getRevision(created.id, 1))?.report).toEqual(report(2022));
    expect(await repo.deleteReport(created.id, 1)).toBe(false);
    expect(await repo.deleteReport(created.id, 2)).toBe(true);
    expect(await repo.getReport(created.id)).toBeUndefined();
    // Deleting keeps the history for the audit trail, ending in the deletion.
    expect((await repo.listRevisions(created.id)).map((r) => [r.number, r.action])).toEqual([
      [1, 'create'],
      [2, 'update'],
      [3, 'delete'],
    ]);
    // A deleted draft leaves room for a new report of the agency's year.
    const again = await repo.createReport({
      agencyId: agency.id,
      year: 2022,
      status: 'draft',
      report: report(2022),
      action: 'create',
      userId: null,
      changes: [],
    });
    expect(again.id).not.toBe(created.id);
  });

  it('folds one person’s saves within ten minutes into one revision, and counts only steps', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2024-01-10T08:00:00Z'));
      const agency = await repo.createAgency({ name: '合并机关', parentId: null, level: null });
      const created = await repo.createReport({
        agencyId: agency.id,
        year: 2022,
        status: 'draft',
        report: report(2022),
        action: 'create',
        userId: 'u-a',
        changes: [],
      });
      let version = created.version;
      const save = async (userId: string, field: string, minutes: number, action = 'update') => {
        vi.setSystemTime(new Date(Date.parse('2024-01-10T08:00:00Z') + minutes * 60_000));
        const saved = await repo.updateReport({
          id: created.id,
          expectedVersion: version,
          report: report(2022, minutes),
          status: 'draft',
          action,
          userId,
          changes: [field],
          milestone: action !== 'update',
        });
        if (typeof saved !== 'object') throw new Error('not saved');
        version = saved.version;
        return saved;
      };
      await save('u-a', 'a', 1);
      await save('u-a', 'b', 9);
      await save('u-a', 'a', 18);
      await save('u-b', 'c', 19);
      await save('u-b', 'd', 29.5);
      await save('u-b', 'x', 30, 'withdraw');
      const last = await save('u-b', 'e', 31);
      expect(last).toMatchObject({ version: 8, milestones: 1 });
      const revisions = await repo.listRevisions(created.id);
      expect(revisions.map((r) => [r.number, r.action, r.userId, r.changes])).toEqual([
        [1, 'create', 'u-a', []],
        [4, 'update', 'u-a', ['a', 'b']],
        [5, 'update', 'u-b', ['c']],
        [6, 'update', 'u-b', ['d']],
        [7, 'withdraw', 'u-b', ['x']],
        [8, 'update', 'u-b', ['e']],
      ]);
      expect((await repo.getRevision(created.id, 4))?.report).toEqual(report(2022, 18));
    } finally {
      vi.useRealTimers();
    }
  });

  it('lists reports by filter, visibility and page', async () => {
    const mine = await repo.createAgency({ name: '可见机关', parentId: null, level: null });
    const other = await repo.createAgency({ name: '他人机关', parentId: null, level: null });
    const make = (agencyId: string, year: number, status: 'draft' | 'published') =>
      repo.createReport({
        agencyId,
        year,
        status,
        report: report(year),
        action: 'create',
        userId: null,
        changes: [],
      });
    await make(mine.id, 2021, 'published');
    await make(mine.id, 2022, 'draft');
    await make(other.id, 2021, 'published');
    await make(other.id, 2022, 'draft');
    const page = { limit: 10, offset: 0 };
    const anonymous = await repo.listReports({ ...page, visibleAgencies: [], year: 2022 });
    expect(anonymous.total).toBe(0);
    const own = await repo.listReports({
      ...page,
      visibleAgencies: [mine.id],
    });
    expect(own.items.filter((r) => r.status === 'draft').map((r) => r.agencyId)).toEqual([mine.id]);
    const all = await repo.listReports({ ...page, visibleAgencies: 'all', agencyIds: [other.id] });
    expect(all.total).toBe(2);
    const second = await repo.listReports({
      visibleAgencies: 'all',
      limit: 1,
      offset: 1,
      agencyIds: [other.id],
    });
    expect(second).toMatchObject({ total: 2, items: [{ year: 2021 }] });
    const found = await repo.findReports({ agencyId: mine.id, year: 2021 });
    expect(found.map((r) => r.status)).toEqual(['published']);
    const both = await repo.findReportsIn({ agencyIds: [mine.id, other.id], years: [2022] });
    expect(both.map((r) => [r.agencyId, r.year])).toEqual([
      [mine.id, 2022],
      [other.id, 2022],
    ]);
    expect(await repo.listReports({ ...page, visibleAgencies: 'all', agencyIds: [] })).toEqual({
      items: [],
      total: 0,
    });
  });

  it('returns reports of one year in the order they were created, even within a millisecond', async () => {
    const created: string[] = [];
    const agencyIds: string[] = [];
    for (let i = 0; i < 30; i++) {
      const agency = await repo.createAgency({ name: `同时机关${i}`, parentId: null, level: null });
      agencyIds.push(agency.id);
      const { id } = await repo.createReport({
        agencyId: agency.id,
        year: 2030,
        status: 'draft',
        report: report(2030, i),
        action: 'create',
        userId: null,
        changes: [],
      });
      created.push(id);
    }
    const found = await repo.findReportsIn({ agencyIds, years: [2030] });
    expect(found.map((r) => r.id)).toEqual(created);
  });
});
