import { afterAll, describe, expect, it } from 'vitest';
import { loadFixture } from '../../test/fixtures.js';
import { RenderError } from '../render-error.js';
import { createRenderPool } from './create-render-pool.js';

const report = loadFixture('2022-jiangnan-city.json');
const slow = {
  moduleUrl: new URL('../../test/slow-format.ts', import.meta.url).href,
  exportName: 'slowFormat',
};
const pool = createRenderPool({ threads: 1, timeLimitMs: 60_000, formats: { slow }, maxQueue: 2 });
// Long enough for a thread to start on a busy machine, short enough for a test.
const limited = createRenderPool({ threads: 1, timeLimitMs: 8000, formats: { slow } });
afterAll(() => Promise.all([pool.close(), limited.close()]));

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('createRenderPool', () => {
  it('renders a report to PDF in a worker thread', async () => {
    const bytes = (await pool.render({ report })) as Uint8Array;
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
  }, 60_000);

  it('keeps the event loop free while a worker renders', async () => {
    const rendering = pool.render({ format: 'slow', report: { spinMs: 1500, text: 'done' } });
    const start = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(performance.now() - start).toBeLessThan(400);
    expect(await rendering).toBe('done');
  }, 30_000);

  it('brings back refusals as RenderErrors with their kind and findings', async () => {
    const error = await refusal(
      pool.render({ report: loadFixture('broken/requests.balance.json') }),
    );
    expect(error).toBeInstanceOf(RenderError);
    expect(error).toMatchObject({ kind: 'invalid' });
    expect((error as RenderError).findings.length).toBeGreaterThan(0);
  }, 60_000);

  it('stops a render past its time limit with a Chinese message, and renders on afterwards', async () => {
    const error = await refusal(limited.render({ format: 'slow', report: { spinMs: 60_000 } }));
    expect(error).toMatchObject({ kind: 'timeout' });
    expect((error as Error).message).toContain('8 秒仍未完成');
    expect(await limited.render({ format: 'slow', report: { text: 'again' } })).toBe('again');
  }, 60_000);

  it('counts the time limit from a render’s start, not from its queueing', async () => {
    const first = limited.render({ format: 'slow', report: { spinMs: 5000, text: '1' } });
    const second = limited.render({ format: 'slow', report: { spinMs: 5000, text: '2' } });
    expect(await Promise.all([first, second])).toEqual(['1', '2']);
  }, 60_000);

  it('refuses when too many renders wait, and a report over the size limit', async () => {
    const jobs = Array.from({ length: 4 }, () =>
      refusal(pool.render({ format: 'slow', report: { spinMs: 200 } })),
    );
    expect((await Promise.all(jobs)).map((e) => (e as RenderError | undefined)?.kind)).toEqual([
      undefined,
      undefined,
      undefined,
      'busy',
    ]);
    const small = createRenderPool({ threads: 1, maxReportChars: 100 });
    const error = await refusal(small.render({ report: { text: 'x'.repeat(200) } }));
    await small.close();
    expect(error).toMatchObject({ kind: 'too-large' });
    expect((error as Error).message).toContain('报告过大');
  }, 60_000);

  it('refuses an unknown format', async () => {
    expect(await refusal(pool.render({ format: 'nope', report }))).toMatchObject({
      kind: 'format',
    });
  }, 60_000);
});
