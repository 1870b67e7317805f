import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

// What the built API runs: dist/index.js, its worker dist/render-pool/render-worker.js, no tsx.
const built = new URL('../../dist/index.js', import.meta.url).href;
const fixture = fileURLToPath(
  new URL('../../../schema/fixtures/2022-jiangnan-city.json', import.meta.url),
);
const script = `
  import { readFileSync } from 'node:fs';
  const { createRenderPool } = await import(${JSON.stringify(built)});
  const pool = createRenderPool({ threads: 1, timeLimitMs: 120000 });
  const bytes = await pool.render({ report: JSON.parse(readFileSync(${JSON.stringify(fixture)}, 'utf8')) });
  await pool.close();
  process.stdout.write(Buffer.from(bytes.subarray(0, 5)).toString());
`;

it('renders through the built package’s worker (run `pnpm build` first)', () => {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  expect(output).toBe('%PDF-');
}, 120_000);
