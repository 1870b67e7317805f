import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliEntry as main, nianbao } from '../../test-support/run-cli.js';

const require = createRequire(import.meta.url);
const fixture = (name: string): string => require.resolve(`@nianbao/schema/fixtures/${name}`);

/** How each format's file starts. */
const signatures: Readonly<Record<string, string>> = {
  html: '<!DOCTYPE html>',
  docx: 'PK\u0003\u0004',
  xlsx: 'PK\u0003\u0004',
  csv: '\uFEFFagency,year,publishedOn,',
  pdf: '%PDF-',
};
const startsAs = async (path: string, to: string): Promise<boolean> => {
  const bytes = await readFile(path);
  const expected = signatures[to] ?? '';
  return bytes.subarray(0, Buffer.byteLength(expected)).toString('utf8') === expected;
};

let work: string;

beforeAll(async () => {
  if (!existsSync(main)) throw new Error(`${main} is missing: run pnpm build first`);
  work = await mkdtemp(join(tmpdir(), 'nianbao-export-'));
  await writeFile(join(work, 'good.json'), await readFile(fixture('2022-jiangnan-city.json')));
  await writeFile(join(work, 'seed.json'), await readFile(fixture('2021-pinghu-dushangang.json')));
  await writeFile(join(work, 'old.json'), await readFile(fixture('2019-shanghai-govoffice.json')));
  await writeFile(
    join(work, 'unbalanced.json'),
    await readFile(fixture('broken/requests.balance.json')),
  );
  await writeFile(join(work, 'not-json.json'), '{ "format": "2021", ');
});

describe('nianbao export', () => {
  it('explains itself in Chinese with --help, naming every format', async () => {
    const { code, stdout } = await nianbao(['export', '--help'], work);
    expect(code).toBe(0);
    expect(stdout).toContain('用法：nianbao export 文件… --to html|docx|xlsx|csv|pdf');
  });

  it.each(Object.keys(signatures))('writes one report as %s where -o says', async (to) => {
    const { code, stdout } = await nianbao(
      ['export', 'good.json', '--to', to, '-o', `one.${to}`],
      work,
    );
    expect(code).toBe(0);
    expect(stdout).toContain(`one.${to}`);
    expect(await startsAs(join(work, `one.${to}`), to)).toBe(true);
  });

  it('refuses a report with errors (exit 1) and writes nothing; --force writes it and says so', async () => {
    const refused = await nianbao(['export', 'unbalanced.json', '--to', 'docx'], work);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('unbalanced.json：报告未通过校验，不能导出');
    expect(existsSync(join(work, 'unbalanced.docx'))).toBe(false);
    const forced = await nianbao(['export', 'unbalanced.json', '--to', 'docx', '--force'], work);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('未通过校验，已按 --force 导出');
    expect(await startsAs(join(work, 'unbalanced.docx'), 'docx')).toBe(true);
  });

  it('writes many reports as one CSV, one row each', async () => {
    const { code } = await nianbao(
      ['export', 'good.json', 'seed.json', '--to', 'csv', '--out-dir', 'data'],
      work,
    );
    expect(code).toBe(0);
    expect(await readdir(join(work, 'data'))).toEqual(['open-data.csv']);
    const lines = (await readFile(join(work, 'data', 'open-data.csv'), 'utf8'))
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^江南市人民政府,2022,2023-03-28,/);
  });

  it('refuses reports of two formats in one CSV', async () => {
    const { code, stderr } = await nianbao(
      ['export', 'good.json', 'old.json', '--to', 'csv', '--force', '-o', 'mixed.csv'],
      work,
    );
    expect(code).toBe(1);
    expect(stderr).toContain('一个文件只能含一种格式的报告');
    expect(existsSync(join(work, 'mixed.csv'))).toBe(false);
  });

  it('exports a batch in parallel, going on past failures; exit 2 for an unreadable file', async () => {
    const files = ['good.json', 'unbalanced.json', 'not-json.json', 'seed.json'];
    const { code, stdout, stderr } = await nianbao(
      ['export', ...files, '--to', 'html', '--out-dir', 'web'],
      work,
    );
    expect(code).toBe(2);
    expect((await readdir(join(work, 'web'))).sort()).toEqual(['good.html', 'seed.html']);
    expect(stderr).toContain('not-json.json：不是有效的 JSON');
    expect(stdout).toContain('共 4 份：2 份已导出，2 份未导出');
  });

  it('rejects a missing or unknown --to as a usage error (exit 2)', async () => {
    const missing = await nianbao(['export', 'good.json'], work);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('请用 --to 指定导出格式');
    const unknown = await nianbao(['export', 'good.json', '--to', 'odt'], work);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('不支持的格式 odt');
  });
});
