import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateReport } from '@nianbao/schema/testing';
import { describe, expect, it } from 'vitest';

// Runs the built command, as a user does (turbo builds before `test`).
const main = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const fixtures = fileURLToPath(new URL('../../../../packages/schema/fixtures/', import.meta.url));

function nianbao(...args: string[]) {
  const result = spawnSync(process.execPath, [main, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'nianbao-rollup-'));
const unitFile = (seed: number, year = 2022) => {
  const path = join(scratch, `unit-${String(seed)}-${String(year)}.json`);
  writeFileSync(path, JSON.stringify({ ...generateReport(seed), year }));
  return path;
};
const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('nianbao rollup', () => {
  it('sums the units’ tables into one report for the summing body, exit 0', () => {
    const files = [unitFile(1), unitFile(2), unitFile(3)];
    const out = join(scratch, 'city.json');
    const result = nianbao('rollup', ...files, '--agency', '平湖市人民政府', '-o', out);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toBe(`已汇总 3 份报告，写入 ${out}\n`);
    const sum = JSON.parse(readFileSync(out, 'utf8')) as ReturnType<typeof generateReport> & {
      rollup: { included: { agency: string; file: string }[]; missing: string[] };
    };
    const received = [1, 2, 3].reduce(
      (n, seed) => n + (generateReport(seed).requests.received?.total ?? NaN),
      0,
    );
    expect(sum.agency.name).toBe('平湖市人民政府');
    expect(sum.year).toBe(2022);
    expect(sum.requests.received?.total).toBe(received);
    expect(sum.rollup.included.map((source) => source.file)).toEqual(
      files.map((file) => file.split('/').at(-1)),
    );
    expect(nianbao('validate', out).code).toBe(0);
  });

  it('exits 1 when an included report has errors, and still sums', () => {
    const broken = join(fixtures, 'broken/requests.balance.json');
    const other = join(fixtures, '2022-jiangnan-city.json');
    const result = nianbao('rollup', broken, other, '--agency', '平湖市人民政府', '--json');
    expect(result.code).toBe(1);
    const answer = JSON.parse(result.out) as { reports: { file: string; ok: boolean }[] };
    expect(answer.reports.map((r) => r.ok)).toEqual([false, true]);
  });

  it('refuses mixed years with exit 2 and a message naming them', () => {
    const result = nianbao('rollup', unitFile(4, 2022), unitFile(5, 2023), '--agency', '市');
    expect(result.code).toBe(2);
    expect(result.err).toBe('汇总的报告须为同一年度，现有：2022、2023\n');
    expect(result.out).toBe('');
  });

  it('refuses a file that is not a report, naming it, with exit 2', () => {
    const notReport = join(scratch, 'x.json');
    writeFileSync(notReport, '{"hello": 1}');
    const result = nianbao('rollup', unitFile(6), notReport, '--agency', '市');
    expect(result.code).toBe(2);
    expect(result.err).toContain(`${notReport}：不是可汇总的年报`);
    noStackTrace(result.err);
  });

  it('asks for --agency', () => {
    const result = nianbao('rollup', unitFile(7));
    expect(result.code).toBe(2);
    expect(result.err).toContain('--agency');
  });
});
