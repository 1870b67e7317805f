import { computeTotals, type Report } from '@nianbao/schema';
import type { TestWorld } from './test-world.js';

/** A clean draft for the demo township, ready to submit. */
export async function cleanDraft(world: TestWorld, year: number) {
  const token = await world.login('editor');
  const created = await world.request('POST', '/api/reports', {
    token,
    body: { agencyId: world.agencies.dushangang, year },
  });
  const report = computeTotals({
    ...(created.body.report as Report),
    narrative: { overview: '概述。', problems: '问题。', other: '无。' },
  });
  const saved = await world.request('PUT', `/api/reports/${created.body.id}`, {
    token,
    body: report,
    headers: { 'if-match': '"1"' },
  });
  return saved.body.id as string;
}
