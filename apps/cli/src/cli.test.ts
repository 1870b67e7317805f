import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { acceptWarning, validate, type Report } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { commands } from './run.js';

// These tests run the built command, as a user does: `pnpm build` (turbo does it before `test`).
const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const fixtures = fileURLToPath(new URL('../../../packages/schema/fixtures/', import.meta.url));
const fixture = (name: string) => join(fixtures, name);

function nianbao(...args: string[]) {
  const result = spawnSync(process.execPath, [main, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
const writeScratch = (name: string, text: string) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('nianbao validate', () => {
  it('passes the real 2021 report with exit 0', () => {
    const { code, out } = nianbao('validate', fixture('2021-pinghu-dushangang.json'));
    expect(code).toBe(0);
    expect(out).toContain('平湖市独山港经济开发区（独山港镇） 2021 年度');
    expect(out).toContain('通过：0 个错误，0 个警告');
  });

  it('lists each finding with rule, cells and message, and exits 1 on an error', () => {
    const { code, out } = nianbao('validate', fixture('broken/requests.balance.json'));
    expect(code).toBe(1);
    expect(out).toContain(
      '✗ 错误 requests.balance  requests.received.natural、requests.carriedOver.natural',
    );
    expect(out).toContain(
      '自然人列：一、本年新收政府信息公开申请数量（412）+ 二、上年结转政府信息公开申请数量（20）= 432，三、本年度办理结果（七）总计（422）+ 四、结转下年度继续办理（11）= 433，相差 1',
    );
    expect(out).toContain('未通过：1 个错误，0 个警告');
  });

  it('exits 0 when there are only warnings', () => {
    const { code, out } = nianbao('validate', fixture('broken/narrative.empty.json'));
    expect(code).toBe(0);
    expect(out).toContain('! 警告 narrative.empty');
  });

  it('counts schema problems as errors', () => {
    expect(nianbao('validate', fixture('broken/schema.json')).code).toBe(1);
  });

  it('checks across years with --previous', () => {
    const report = fixture('broken/crossYear.carriedOver.json');
    expect(nianbao('validate', report).code).toBe(0);
    const { code, out } = nianbao(
      'validate',
      report,
      '--previous',
      fixture('2021-jiangnan-city.json'),
    );
    expect(code).toBe(1);
    expect(out).toContain(
      '自然人列：本年二、上年结转政府信息公开申请数量（21），应等于2021年度报告 四、结转下年度继续办理（20），相差 1',
    );
  });

  it('switches a warning off with --config, and refuses an error in the rule pack', () => {
    const report = fixture('broken/narrative.empty.json');
    const off = writeScratch('off.json', JSON.stringify({ rules: { 'narrative.empty': 'off' } }));
    const { code, out } = nianbao('validate', report, '--config', off);
    expect(code).toBe(0);
    expect(out).toContain('通过：0 个错误，0 个警告');
    const wrong = writeScratch(
      'wrong.json',
      JSON.stringify({ rules: { 'requests.balance': 'off' } }),
    );
    const refused = nianbao('validate', report, '--config', wrong);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('/rules/requests.balance');
  });

  it('reports an accepted warning as accepted, with its reason', () => {
    const report = JSON.parse(
      readFileSync(fixture('broken/narrative.empty.json'), 'utf8'),
    ) as Record<string, unknown>;
    const [finding] = validate(report);
    const accepted = acceptWarning(report as unknown as Report, finding!, {
      reason: '本年无此事项',
      by: 'editor',
      at: '2023-01-10T08:00:00Z',
    });
    const path = writeScratch('accepted.json', JSON.stringify(accepted));
    const { out } = nianbao('validate', '--json', path);
    const parsed = JSON.parse(out) as { reports: { findings: Record<string, unknown>[] }[] };
    expect(parsed.reports[0]?.findings[0]).toMatchObject({
      accepted: true,
      reason: '本年无此事项',
    });
    expect(nianbao('validate', path).out).toContain('已说明：本年无此事项');
  });

  it('prints one JSON object with --json', () => {
    const { code, out } = nianbao(
      'validate',
      '--json',
      fixture('2022-jiangnan-city.json'),
      fixture('broken/appeals.groupTotal.json'),
    );
    expect(code).toBe(1);
    const parsed = JSON.parse(out) as {
      reports: { file: string; ok: boolean; findings: unknown[] }[];
    };
    expect(parsed.reports.map((r) => [r.ok, r.findings.length])).toEqual([
      [true, 0],
      [false, 1],
    ]);
    expect(parsed.reports[1]?.findings[0]).toEqual({
      rule: 'appeals.groupTotal',
      severity: 'error',
      cells: [
        'appeals.review.total',
        'appeals.review.upheld',
        'appeals.review.corrected',
        'appeals.review.other',
        'appeals.review.pending',
      ],
      message:
        '行政复议：总计（17），而 结果维持（12）+ 结果纠正（3）+ 其他结果（1）+ 尚未审结（2）= 18，相差 1',
    });
  });

  it('exits 2 naming a file that cannot be read, and goes on with the others', () => {
    const { code, out, err } = nianbao(
      'validate',
      join(scratch, 'missing.json'),
      fixture('2022-jiangnan-city.json'),
    );
    expect(code).toBe(2);
    expect(err).toContain('missing.json：无法读取（文件不存在）');
    expect(out).toContain('江南市人民政府 2022 年度');
    noStackTrace(err);
  });

  it('exits 2 on broken JSON, naming the line and column', () => {
    const path = writeScratch('broken.json', '{\n  "format": "2021",\n  "year": 2021,,\n}');
    const { code, err } = nianbao('validate', path);
    expect(code).toBe(2);
    expect(err).toContain('broken.json：不是有效的 JSON：第 3 行第 16 列');
    noStackTrace(err);
  });

  it('answers a JSON value that is not a report with a schema finding', () => {
    const { code, out } = nianbao('validate', writeScratch('list.json', '[1, 2]'));
    expect(code).toBe(1);
    expect(out).toContain('✗ 错误 schema');
  });

  it('exits 2 when last year’s report cannot be read', () => {
    const { code, err } = nianbao(
      'validate',
      fixture('2022-jiangnan-city.json'),
      '--previous',
      'nope.json',
    );
    expect(code).toBe(2);
    expect(err).toContain('上年报告nope.json：无法读取');
  });

  it('explains a wrong call instead of failing with a stack trace', () => {
    for (const args of [['validate'], ['validate', '--colour'], ['frobnicate'], []]) {
      const { code, err, out } = nianbao(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(err + out).toMatch(/\p{Script=Han}/u);
      noStackTrace(err);
    }
  });
});

describe('help', () => {
  it.each(commands.map((c) => [c.name]))(
    'nianbao %s --help explains the command in Chinese',
    (name) => {
      const { code, out } = nianbao(name, '--help');
      expect(code).toBe(0);
      expect(out).toContain(`用法：nianbao ${name}`);
    },
  );

  it('nianbao --help lists every command', () => {
    const { code, out } = nianbao('--help');
    expect(code).toBe(0);
    for (const command of commands) expect(out).toContain(command.name);
  });
});

describe('nianbao demo', () => {
  it('validates the bundled examples and shows what a finding looks like', () => {
    const { code, out } = nianbao('demo');
    expect(code).toBe(0);
    expect(out).toContain('平湖市独山港经济开发区（独山港镇）');
    expect(out).toContain('requests.balance');
  });
});
