import { describe, expect, it } from 'vitest';
import { useTestWorld } from '../test-support/test-world.js';

// Read when the route starts its pool: room for 100,000 lines on a busy test machine.
process.env.NIANBAO_RENDER_TIME_LIMIT_MS = '300000';

// Other formats render in the same pool (pdf-built.test.ts asks the built API for them).
const routes = ['pdf?force=true', 'export?to=pdf'];

describe('rendering in the worker pool', () => {
  const world = useTestWorld('SQLite');

  // Every route that renders a file: the PDF itself, and exports in the format list.
  it.each(routes)(
    'answers 50 GET /api/reports/{id} in < 100 ms each while a 100,000-line report renders (%s)',
    async (route) => {
      const token = await world.login('editor');
      const created = await world.request('POST', '/api/reports', {
        token,
        body: { agencyId: world.agencies.dushangang, year: 2022 + routes.indexOf(route) },
      });
      const { id } = created.body;
      const stored = await world.repo.getReport(id);
      const report = structuredClone(stored?.report) as { narrative: Record<string, string> };
      report.narrative.other = Array.from({ length: 100_000 }, (_, i) => `第${i + 1}行。`).join(
        '\n',
      );
      await world.repo.updateReport({
        id,
        expectedVersion: stored?.version ?? 1,
        report,
        status: 'draft',
        action: 'test',
        userId: null,
        changes: [],
      });
      let isDone = false;
      const pdf = world.request('GET', `/api/reports/${id}/${route}`, { token }).finally(() => {
        isDone = true;
      });
      // Give the worker time to start on the big report.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const list = await world.request(
        'GET',
        `/api/reports?agencyId=${world.agencies.dushangang}&year=2021`,
      );
      const other = list.body.items[0].id as string;
      const times: number[] = [];
      for (let i = 0; i < 50; i++) {
        const start = performance.now();
        const reply = await world.request('GET', `/api/reports/${other}`, { token });
        times.push(performance.now() - start);
        expect(reply.status).toBe(200);
      }
      expect(isDone).toBe(false);
      expect(Math.max(...times)).toBeLessThan(100);
      const reply = await pdf;
      expect(reply.status).toBe(200);
      expect(reply.headers.get('content-type')).toBe('application/pdf');
    },
    300_000,
  );
});
