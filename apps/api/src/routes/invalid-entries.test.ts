import { computeTotals, type Report } from '@nianbao/schema';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

describeEachDatabase('entries that are not numbers', (kind) => {
  const world = useTestWorld(kind);

  it('are saved as typed, read back, and block 提交 as entry.invalid', async () => {
    const token = await world.login('editor');
    const created = await world.request('POST', '/api/reports', {
      token,
      body: { agencyId: world.agencies.dushangang, year: 2035 },
    });
    const report = computeTotals({
      ...(created.body.report as Report),
      narrative: { overview: '概述。', problems: '问题。', other: '无。' },
      invalidEntries: { 'requests.received.natural': '五' },
    });
    const id = created.body.id as string;
    const saved = await world.request('PUT', `/api/reports/${id}`, {
      token,
      body: report,
      headers: { 'if-match': '"1"' },
    });
    expect(saved.status).toBe(200);
    const read = await world.request('GET', `/api/reports/${id}`, { token });
    expect(read.body.report.invalidEntries).toEqual({ 'requests.received.natural': '五' });
    expect(read.body.report.requests.received.natural).toBe(0);
    const submitted = await world.request('POST', `/api/reports/${id}/submit`, { token });
    expect(submitted.status).toBe(422);
    const errors = (submitted.body.findings as { severity: string }[]).filter(
      (f) => f.severity === 'error',
    );
    expect(errors).toEqual([
      expect.objectContaining({ rule: 'entry.invalid', cells: ['requests.received.natural'] }),
    ]);
  });
});
