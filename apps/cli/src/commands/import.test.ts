import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderReport } from '@nianbao/pdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliEntry as main, nianbao } from '../../test-support/run-cli.js';

// These tests run the built command, as a user does: `pnpm build` first.
const fixtures = fileURLToPath(new URL('../../../../packages/schema/fixtures/', import.meta.url));
const reports = join(fixtures, 'published');

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
const tablesOf = (report: Record<string, unknown>) => ({
  proactive: report.proactive,
  requests: report.requests,
  appeals: report.appeals,
});
const readJson = async (path: string) =>
  JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;

/** The copied text of a report as a simple HTML page: rows as `<tr>`, lines as `<p>`. */
const asHtml = (text: string): string => {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = text.split('\n').map((line) =>
    line.includes('\t')
      ? `<table><tr>${line
          .split('\t')
          .map((cell) => `<td>${escape(cell)}</td>`)
          .join('')}</tr></table>`
      : `<p>${escape(line)}</p>`,
  );
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>年报</title></head><body>${body.join('\n')}</body></html>`;
};

/** GBK bytes of a text, by inverting Node's GBK decoder (Node has no GBK encoder). */
function encodeGbk(text: string): Buffer {
  const decoder = new TextDecoder('gbk');
  const codes = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && !codes.has(char)) codes.set(char, [lead, trail]);
    }
  }
  return Buffer.from(
    [...text].flatMap((char) =>
      char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : (codes.get(char) ?? [0x3f]),
    ),
  );
}

let work: string;
let pinghu: string;

beforeAll(async () => {
  if (!existsSync(main)) throw new Error(`${main} is missing: run pnpm build first`);
  work = await mkdtemp(join(tmpdir(), 'nianbao-import-'));
  pinghu = await readFile(join(reports, '2021-pinghu-dushangang.txt'), 'utf8');
  await writeFile(join(work, 'pinghu.txt'), pinghu);
  await writeFile(join(work, 'pinghu.html'), asHtml(pinghu));
  await writeFile(
    join(work, 'shanghai.txt'),
    await readFile(join(reports, '2019-shanghai-govoffice.txt')),
  );
  await writeFile(
    join(work, 'unreadable.txt'),
    pinghu.replace('行政规范性文件\t2\t1\t8', '行政规范性文件\t2\t一\t8'),
  );
  await writeFile(join(work, 'not-a-report.html'), '<html><body><p>通知公告</p></body></html>');
  const pinghuReport = await readJson(join(fixtures, '2021-pinghu-dushangang.json'));
  await writeFile(join(work, 'pinghu.pdf'), await renderReport(pinghuReport, { force: true }));
  await writeFile(join(work, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0, 0]));
});

// Each test starts node once or twice; CI shares two cores between packages.
describe('nianbao import', { timeout: 60_000 }, () => {
  it('explains itself in Chinese with --help', async () => {
    const { code, stdout } = await nianbao(['import', '--help'], work);
    expect(code).toBe(0);
    expect(stdout).toContain('用法：nianbao import 文件…');
    expect(stdout).toContain('--out-dir');
  });

  it('prints the report JSON on stdout for one file, with every number as published', async () => {
    const { code, stdout, stderr } = await nianbao(['import', 'pinghu.txt'], work);
    expect(code).toBe(0);
    const want = await readJson(join(fixtures, '2021-pinghu-dushangang.json'));
    expect(tablesOf(JSON.parse(stdout) as Record<string, unknown>)).toEqual(tablesOf(want));
    expect(stderr).toContain('平湖市独山港经济开发区（独山港镇） 2021 年度');
  });

  it('writes -o and exits 0 for a report with defects but nothing unreadable', async () => {
    const { code, stdout } = await nianbao(['import', 'shanghai.txt', '-o', 'sh.json'], work);
    expect(code).toBe(0);
    expect(stdout).toContain('个空白格按 0 读入');
    expect(stdout).toContain('requests.rowTotal');
    const want = await readJson(join(fixtures, '2019-shanghai-govoffice.json'));
    expect(tablesOf(await readJson(join(work, 'sh.json')))).toEqual(tablesOf(want));
  });

  it('writes one JSON per input with --out-dir, HTML and text alike', async () => {
    const { code } = await nianbao(
      ['import', 'pinghu.html', 'shanghai.txt', '--out-dir', 'all'],
      work,
    );
    expect(code).toBe(0);
    expect((await readdir(join(work, 'all'))).sort()).toEqual(['pinghu.json', 'shanghai.json']);
    const want = await readJson(join(fixtures, '2021-pinghu-dushangang.json'));
    expect(tablesOf(await readJson(join(work, 'all', 'pinghu.json')))).toEqual(tablesOf(want));
  });

  it('reads in worker threads with --workers, reporting every file in the order given', async () => {
    const files = ['shanghai.txt', 'pinghu.pdf', 'old.doc'];
    const { code, stdout } = await nianbao(
      ['import', '--json', ...files, '--out-dir', 'pooled', '--workers', '2'],
      work,
    );
    expect(code).toBe(2);
    const { imports } = JSON.parse(stdout) as { imports: { file: string; error?: string }[] };
    expect(imports.map((i) => i.file)).toEqual(files);
    expect(imports.map((i) => i.error === undefined)).toEqual([true, true, false]);
    const want = await readJson(join(fixtures, '2021-pinghu-dushangang.json'));
    expect(tablesOf(await readJson(join(work, 'pooled', 'pinghu.json')))).toEqual(tablesOf(want));
    const refused = await nianbao(['import', 'pinghu.txt', '--workers', '0'], work);
    expect(refused.stderr).toContain('--workers 须为正整数');
  });

  it('exits 1 on an unreadable cell, naming it, and still writes the report', async () => {
    const { code, stdout } = await nianbao(['import', 'unreadable.txt', '-o', 'bad.json'], work);
    expect(code).toBe(1);
    expect(stdout).toContain('import.unreadable');
    expect(stdout).toContain('proactive.normativeDocuments.repealed');
    expect(stdout).toContain('“一”不能读作数字');
    const written = await readJson(join(work, 'bad.json'));
    expect(written.proactive).toMatchObject({
      normativeDocuments: { issued: 2, repealed: 0, inForce: 8 },
    });
  });

  it('reads a PDF report exactly and refuses an old .doc, asking for .docx', async () => {
    const { code, stdout, stderr } = await nianbao(
      ['import', '--json', 'pinghu.pdf', 'old.doc', '--out-dir', 'files'],
      work,
    );
    expect(code).toBe(2);
    const { imports } = JSON.parse(stdout) as {
      imports: { file: string; out: string | null; error?: string }[];
    };
    expect(imports[1]?.error).toContain('.docx');
    expect(stderr).toContain('.docx');
    const read = await readJson(join(work, 'files', 'pinghu.json'));
    const want = await readJson(join(fixtures, '2021-pinghu-dushangang.json'));
    expect(tablesOf(read)).toEqual(tablesOf(want));
  });

  it('prints { imports: [ { file, out, findings } ] } with --json', async () => {
    const { code, stdout } = await nianbao(
      ['import', '--json', 'shanghai.txt', 'unreadable.txt', '--out-dir', 'json'],
      work,
    );
    expect(code).toBe(1);
    const { imports } = JSON.parse(stdout) as {
      imports: { file: string; out: string; findings: { rule: string; cells: string[] }[] }[];
    };
    expect(imports.map((i) => i.file)).toEqual(['shanghai.txt', 'unreadable.txt']);
    expect(imports[0]?.out).toBe(join(work, 'json', 'shanghai.json'));
    expect(imports[0]?.findings.some((f) => f.rule === 'import.blank')).toBe(true);
    expect(imports[1]?.findings.find((f) => f.rule === 'import.unreadable')?.cells).toEqual([
      'proactive.normativeDocuments.repealed',
    ]);
  });

  it('exits 2 for a missing file or a page with no report, without a stack trace', async () => {
    const missing = await nianbao(['import', 'missing.txt'], work);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing.txt：无法读取（文件不存在）');
    noStackTrace(missing.stderr);
    const empty = await nianbao(['import', 'not-a-report.html', '-o', 'none.json'], work);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('没有找到年度报告');
    expect(existsSync(join(work, 'none.json'))).toBe(false);
    noStackTrace(empty.stderr);
  });

  it('says in --json output which file holds no report, with no findings of its own', async () => {
    const both = await nianbao(
      ['import', 'pinghu.txt', 'not-a-report.html', '--out-dir', 'mixed', '--json'],
      work,
    );
    expect(both.code).toBe(2);
    const { imports } = JSON.parse(both.stdout) as {
      imports: { file: string; out: string | null; findings: unknown[]; error?: string }[];
    };
    expect(imports[1]).toEqual({
      file: 'not-a-report.html',
      out: null,
      findings: [],
      error: 'not-a-report.html：没有找到年度报告：既没有报告的章节标题，也没有报告的表格',
    });
    expect(imports[0]?.out).toBe(join(work, 'mixed', 'pinghu.json'));
  });

  it('refuses -o with several files, a bad --level and a year no format covers, with its usage', async () => {
    const many = await nianbao(['import', 'pinghu.txt', 'shanghai.txt', '-o', 'x.json'], work);
    expect(many.code).toBe(2);
    expect(many.stderr).toContain('多个文件请用 --out-dir');
    const level = await nianbao(['import', 'pinghu.txt', '--level', 'village'], work);
    expect(level.code).toBe(2);
    expect(level.stderr).toContain('级别“village”无效');
    const year = await nianbao(['import', 'pinghu.txt', '--year', '2018'], work);
    expect(year.code).toBe(2);
    expect(year.stderr).toContain('年度“2018”无效：应为 2019–2100 之间的年份');
  });

  it('takes year, agency and level from flags over the title', async () => {
    const { stdout } = await nianbao(
      ['import', 'pinghu.txt', '--agency', '独山港镇', '--level', 'township', '--year', '2021'],
      work,
    );
    expect(JSON.parse(stdout)).toMatchObject({
      year: 2021,
      agency: { name: '独山港镇', level: 'township' },
    });
  });

  it('reads a GBK page by its charset', async () => {
    const page = asHtml(pinghu).replace('charset="utf-8"', 'charset="gb2312"');
    await writeFile(join(work, 'gbk.html'), encodeGbk(page));
    const { code, stdout } = await nianbao(['import', 'gbk.html'], work);
    expect(code).toBe(0);
    const want = await readJson(join(fixtures, '2021-pinghu-dushangang.json'));
    const got = JSON.parse(stdout) as Record<string, unknown>;
    expect(tablesOf(got)).toEqual(tablesOf(want));
    expect(got.agency).toEqual({ name: '平湖市独山港经济开发区（独山港镇）' });
  });
});
