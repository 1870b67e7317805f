import { readFileSync } from 'node:fs';
import type { Report } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { importedReport } from '../test-support/imported-report.js';
import { importReport } from './index.js';

// Variants of the real 2021 report, as other publishers print the same thing.
const text = readFileSync(
  new URL('../../schema/fixtures/published/2021-pinghu-dushangang.txt', import.meta.url),
  'utf8',
);
const want = JSON.parse(
  readFileSync(
    new URL('../../schema/fixtures/2021-pinghu-dushangang.json', import.meta.url),
    'utf8',
  ),
) as Report;
const tables = (report: Report) => [report.proactive, report.requests, report.appeals];
const importErrors = (findings: readonly { rule: string; severity: string }[]) =>
  findings.filter((f) => f.rule.startsWith('import.') && f.severity === 'error');

/** The copied text as a simple page: rows in one `<table>`, lines as `<p>`, metadata in `<head>`. */
function asPage(body: string, head: string): string {
  const lines = body.split('\n').map((line) =>
    line.includes('\t')
      ? `<tr>${line
          .split('\t')
          .map((c) => `<td>${c}</td>`)
          .join('')}</tr>`
      : `</table><p>${line}</p><table>`,
  );
  return `<html><head>${head}</head><body><table>${lines.join('\n')}</table></body></html>`;
}

describe('importReport tolerates what publishers change', () => {
  it('reads a reworded heading and a mistyped row label', () => {
    const variant = text
      .replace(
        '四、政府信息公开行政复议、行政诉讼情况',
        '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
      )
      .replace(/2\. 其他法律行政法规禁止公开\t0\t/, '2. 其它法律、行政法规禁止公开\t3\t');
    const { report, findings } = importedReport(variant, { kind: 'text' });
    expect(report.requests.deniedProhibited).toEqual({
      ...want.requests.deniedProhibited,
      natural: 3,
    });
    expect(report.appeals).toEqual(want.appeals);
    expect(importErrors(findings)).toEqual([]);
  });

  it('names a row it cannot find as an error, with its cells', () => {
    const variant = text.replace(/^\t\t2\. 重复申请.*$/m, '');
    const { findings } = importedReport(variant, { kind: 'text' });
    const missing = importErrors(findings);
    expect(missing.map((f) => f.rule)).toEqual(['import.missingRow']);
    expect(findings.find((f) => f.rule === 'import.missingRow')).toMatchObject({
      cells: expect.arrayContaining([
        'requests.rejectedDuplicate.natural',
        'requests.rejectedDuplicate.total',
      ]),
      message: expect.stringContaining('2.重复申请'),
    });
  });

  it('takes title and date from the page metadata when the body has neither', () => {
    const body = text.replace(/^平湖市.*年度报告$/m, '');
    const page = asPage(
      body,
      '<title>平湖市独山港经济开发区（独山港镇）2021年度政府信息公开工作年度报告_平湖市人民政府</title><meta name="PubDate" content="2022-01-20 09:30">',
    );
    const { report } = importedReport(page, { kind: 'html' });
    expect(tables(report)).toEqual(tables(want));
    expect(report.agency.name).toBe(want.agency.name);
    expect(report.year).toBe(2021);
    expect(report.publishedOn).toBe('2022-01-20');
  });

  it('lets the options override year and agency, and tells the format by the tables', () => {
    const { report, findings } = importedReport(text, {
      kind: 'text',
      year: 2020,
      agency: { name: '独山港镇', level: 'township' },
    });
    // A 2021-format table in a 2020 report: the tables decide the format, validation says it is wrong.
    expect(report.format).toBe('2021');
    expect(report.agency).toEqual({ name: '独山港镇', level: 'township' });
    expect(findings.some((f) => f.rule === 'schema')).toBe(true);
  });

  it('says a page holds no report rather than reading one of zeros', () => {
    expect(importReport('<html><body><p>通知公告</p></body></html>', { kind: 'html' })).toEqual({
      kind: 'noReport',
      message: '没有找到年度报告：既没有报告的章节标题，也没有报告的表格',
    });
  });
});
