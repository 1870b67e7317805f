import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliEntry as main, nianbao } from '../../test-support/run-cli.js';

const require = createRequire(import.meta.url);
const fixture = (name: string): string => require.resolve(`@nianbao/schema/fixtures/${name}`);
const roboto = require.resolve('pdfmake/fonts/Roboto/Roboto-Medium.ttf', {
  paths: [require.resolve('@nianbao/pdf')],
});

const isPdf = async (path: string): Promise<boolean> => {
  const bytes = await readFile(path);
  return (
    bytes.subarray(0, 5).toString('latin1') === '%PDF-' &&
    bytes.subarray(-6).toString('latin1').includes('%%EOF')
  );
};

let work: string;

beforeAll(async () => {
  if (!existsSync(main)) throw new Error(`${main} is missing: run pnpm build first`);
  work = await mkdtemp(join(tmpdir(), 'nianbao-pdf-'));
  await writeFile(join(work, 'good.json'), await readFile(fixture('2022-jiangnan-city.json')));
  await writeFile(join(work, 'seed.json'), await readFile(fixture('2021-pinghu-dushangang.json')));
  await writeFile(
    join(work, 'unbalanced.json'),
    await readFile(fixture('broken/requests.balance.json')),
  );
  await writeFile(join(work, 'not-json.json'), '{ "format": "2021", ');
});

describe('nianbao pdf', () => {
  it('explains itself in Chinese with --help', async () => {
    const { code, stdout } = await nianbao(['pdf', '--help'], work);
    expect(code).toBe(0);
    expect(stdout).toContain('用法：nianbao pdf 文件…');
    expect(stdout).toContain('--out-dir');
  });

  it('writes one report’s PDF where -o says, leaving no temporary file', async () => {
    const { code, stdout } = await nianbao(['pdf', 'good.json', '-o', 'out/one.pdf'], work).catch(
      () => ({ code: -1, stdout: '' }),
    );
    // -o into a directory that does not exist is a write failure, reported, not a crash.
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const made = await nianbao(['pdf', 'good.json', '-o', 'one.pdf'], work);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('one.pdf');
    expect(await isPdf(join(work, 'one.pdf'))).toBe(true);
    expect((await readdir(work)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 60_000);

  it('refuses a report with errors (exit 1) and writes nothing', async () => {
    const { code, stderr } = await nianbao(['pdf', 'unbalanced.json'], work);
    expect(code).toBe(1);
    expect(stderr).toContain('requests.balance');
    expect(existsSync(join(work, 'unbalanced.pdf'))).toBe(false);
  }, 60_000);

  it('renders a report with errors when forced, and says so', async () => {
    const { code, stdout } = await nianbao(
      ['pdf', 'unbalanced.json', '--force', '-o', 'forced.pdf'],
      work,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('未通过校验');
    expect(await isPdf(join(work, 'forced.pdf'))).toBe(true);
  }, 60_000);

  it('renders a batch in parallel, reports each failure and goes on; exit 2 for an unreadable file', async () => {
    const files = ['good.json', 'unbalanced.json', 'not-json.json', 'missing.json', 'seed.json'];
    const { code, stdout, stderr } = await nianbao(['pdf', ...files, '--out-dir', 'batch'], work);
    expect(code).toBe(2);
    expect((await readdir(join(work, 'batch'))).sort()).toEqual(['good.pdf', 'seed.pdf']);
    expect(await isPdf(join(work, 'batch', 'seed.pdf'))).toBe(true);
    expect(stderr).toContain('not-json.json：不是有效的 JSON');
    expect(stderr).toContain('missing.json：无法读取');
    expect(stderr).toContain('unbalanced.json：报告未通过校验');
    expect(stdout).toContain('共 5 份：2 份已生成，1 份未生成（有错误或缺字），2 份无法读取');
  }, 60_000);

  it('exits 1 when the only failures are refusals', async () => {
    await writeFile(
      join(work, 'unbalanced-too.json'),
      await readFile(join(work, 'unbalanced.json')),
    );
    const { code } = await nianbao(
      ['pdf', 'unbalanced.json', 'unbalanced-too.json', '--out-dir', 'refused'],
      work,
    );
    expect(code).toBe(1);
    expect(await readdir(join(work, 'refused'))).toEqual([]);
  }, 60_000);

  it('takes fonts from flags, refusing one that lacks characters, with where they are', async () => {
    const { code, stderr } = await nianbao(
      ['pdf', 'good.json', '--font-heading', roboto, '-o', 'roboto.pdf'],
      work,
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/标题字体（Roboto[^）]*）缺少 \d+ 个字符/);
    expect(existsSync(join(work, 'roboto.pdf'))).toBe(false);
  }, 60_000);

  it('takes fonts from the config file, relative to it, and names a font it cannot read', async () => {
    await writeFile(
      join(work, 'nianbao.config.json'),
      JSON.stringify({ fonts: { body: 'fonts/none.ttf' } }),
    );
    const { code, stderr } = await nianbao(['pdf', 'good.json', '-o', 'config.pdf'], work);
    await writeFile(join(work, 'other.json'), JSON.stringify({ fonts: { italic: 'x.ttf' } }));
    const unknown = await nianbao(['pdf', 'good.json', '--config', 'other.json'], work);
    await writeFile(join(work, 'nianbao.config.json'), '{}');
    expect(code).toBe(2);
    expect(stderr).toContain(join(work, 'fonts/none.ttf'));
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('other.json 中的 /fonts/italic 不可用：不是可用的字体角色');
  }, 60_000);

  it('rejects -o with several reports as a usage error', async () => {
    const { code, stderr } = await nianbao(['pdf', 'good.json', 'seed.json', '-o', 'x.pdf'], work);
    expect(code).toBe(2);
    expect(stderr).toContain('多个报告请用 --out-dir 指定输出目录');
  });
});
