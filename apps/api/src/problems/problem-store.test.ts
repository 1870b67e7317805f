import { afterAll, beforeAll, expect, it } from 'vitest';
import { createRepository } from '../db/create-repository.js';
import type { Repository } from '../db/repository.js';
import { describeEachDatabase, openTestDatabase } from '../test-support/test-databases.js';
import type { ProblemCandidate } from './problem-candidates.js';

describeEachDatabase('problem store', (kind) => {
  let repo: Repository;
  let close = () => Promise.resolve();
  let office = '';
  let unit = '';
  beforeAll(async () => {
    const database = await openTestDatabase(kind);
    close = () => database.close();
    repo = createRepository(database);
    office = (await repo.createAgency({ name: '市政务公开办', parentId: null, level: 'city' })).id;
    unit = (await repo.createAgency({ name: '某区', parentId: office, level: 'county' })).id;
  });
  afterAll(() => close());

  const candidate = (fingerprint: string): ProblemCandidate => ({
    agencyId: unit,
    fingerprint,
    source: { kind: 'missing' },
    text: `问题 ${fingerprint}`,
    reportId: null,
  });
  const add = (fingerprints: string[], year = 2025) =>
    repo.problems.addCandidates({
      issuerId: office,
      year,
      candidates: fingerprints.map(candidate),
      userId: null,
      userName: '系统',
    });

  it('adds a fingerprint once per unit list, whatever the batch or the call', async () => {
    expect(await add(['a', 'b', 'a'])).toEqual({ added: 2, kept: 1 });
    expect(await add(['b', 'c'])).toEqual({ added: 1, kept: 1 });
    expect(await add(['a'], 2026)).toEqual({ added: 1, kept: 0 });
    const items = await repo.problems.listItems({ year: 2025, issuerId: office });
    expect(items.map((item) => item.text)).toEqual(['问题 a', '问题 b', '问题 c']);
    expect(items.every((item) => item.agencyId === unit && item.year === 2025)).toBe(true);
    expect(await repo.problems.listItems({ year: 2025, agencyId: office })).toEqual([]);
  });

  it('takes a step only from the status it starts from, numbering the history', async () => {
    const [item] = await repo.problems.listItems({ year: 2026, issuerId: office });
    const step = {
      id: item?.id ?? '',
      action: 'rectify',
      from: 'open',
      to: 'rectified',
      note: '已报送',
      reportId: null,
      userId: null,
      userName: '单位',
    } as const;
    const moved = await repo.problems.takeStep(step);
    expect(moved).toMatchObject({ status: 'rectified' });
    expect(await repo.problems.takeStep(step)).toBe('conflict');
    expect(await repo.problems.takeStep({ ...step, id: 'none' })).toBeUndefined();
    const stored = await repo.problems.getItem(step.id);
    expect(stored?.steps.map((s) => [s.number, s.action, s.userName])).toEqual([
      [1, 'generate', '系统'],
      [2, 'rectify', '单位'],
    ]);
  });
});
