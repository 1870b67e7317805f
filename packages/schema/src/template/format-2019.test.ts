import { describe, expect, it } from 'vitest';
import { labelsOf } from '../../test-support/layout.js';
import { loadFixture } from '../../test-support/fixtures.js';
import { startFromPrevious } from '../report/start-from-previous.js';
import { generateReport } from '../testing/generate-report.js';
import { validate } from '../validate/validate.js';
import { tableLayout } from './layout.js';
import { tablesOf } from './template.js';
import { template2019 } from './templates.js';

const [proactive, requests] = tablesOf(template2019).map(tableLayout);

describe('the 2019 template', () => {
  it('prints table 二 in five blocks with the 2019 columns', () => {
    expect(
      proactive?.blocks.map((b) => [b.title, ...labelsOf(b.header), ...labelsOf(b.body)]),
    ).toEqual([
      [
        '第二十条第（一）项',
        '信息内容',
        '本年新制作数量',
        '本年新公开数量',
        '对外公开总数量',
        '规章',
        '规范性文件',
      ],
      [
        '第二十条第（五）项',
        '信息内容',
        '上一年项目数量',
        '本年增/减',
        '处理决定数量',
        '行政许可',
        '其他对外管理服务事项',
      ],
      [
        '第二十条第（六）项',
        '信息内容',
        '上一年项目数量',
        '本年增/减',
        '处理决定数量',
        '行政处罚',
        '行政强制',
      ],
      ['第二十条第（八）项', '信息内容', '上一年项目数量', '本年增/减', '行政事业性收费'],
      ['第二十条第（九）项', '信息内容', '采购项目数量', '采购总金额', '政府集中采购'],
    ]);
  });

  it('has one （六）其他处理 row, so 三、本年度办理结果 spans 20 rows', () => {
    const body = requests?.blocks[0]?.body ?? [];
    expect(body).toHaveLength(23);
    const label = (text: string) => body.flat().find((c) => c.type === 'label' && c.text === text);
    expect(label('三、本年度办理结果')).toMatchObject({ rowSpan: 20 });
    expect(label('（六）其他处理')).toMatchObject({ rowSpan: 1, colSpan: 2 });
  });

  it('lets 本年增/减 be negative but not fractional', () => {
    const report = structuredClone(loadFixture('2019-shanghai-govoffice.json')) as any;
    report.proactive.licensing.change = -3;
    expect(validate(report).filter((f) => f.rule === 'schema')).toEqual([]);
    report.proactive.licensing.change = -0.5;
    expect(
      validate(report)
        .filter((f) => f.rule === 'schema')
        .map((f) => f.cells),
    ).toEqual([['proactive.licensing.change']]);
  });

  it('accepts only the years 2019 and 2020', () => {
    const report = loadFixture('2019-shanghai-govoffice.json');
    expect(validate({ ...report, year: 2021 }).map((f) => f.message)).toContain(
      'year（报告年度）：2019 格式适用于 2019–2020 年度的报告；其他年度请用 2021 格式',
    );
  });

  it('finds the real defects of the 2019 Shanghai report: its blank 总计 cells', () => {
    const findings = validate(loadFixture('2019-shanghai-govoffice.json'));
    expect(findings.filter((f) => f.rule === 'requests.rowTotal').map((f) => f.cells[0])).toEqual(
      [
        'granted',
        'partiallyGranted',
        'deniedStateSecret',
        'deniedInternal',
        'deniedProcess',
        'deniedQuery',
        'unableNotHeld',
        'unableNeedsCreation',
        'unableUnclear',
        'rejectedComplaint',
        'rejectedDuplicate',
      ].map((row) => `requests.${row}.total`),
    );
    expect(
      findings.filter((f) => f.rule === 'requests.handledTotal').map((f) => f.message),
    ).toEqual(['总计列：三、本年度办理结果（七）总计（805），而各项办理结果之和 = 0，相差 805']);
  });

  it('finds where the prose of the 2019 Shanghai report contradicts its table', () => {
    const findings = validate(loadFixture('2019-shanghai-govoffice.json')).filter(
      (f) => f.rule === 'narrative.numbers',
    );
    expect(findings.map((f) => f.message)).toEqual([
      '一、总体情况：“予以公开及部分公开258件”与表格不符，表格中予以公开及部分公开为 275 件',
      '一、总体情况：“因本机关不掌握等原因无法提供265件”与表格不符，表格中无法提供为 337 件',
    ]);
    expect(findings[0]?.cells).toEqual([
      'narrative.overview',
      'requests.granted.total',
      'requests.partiallyGranted.total',
    ]);
  });

  it('carries a 2020 report into a 2021 one across the change of format', () => {
    const report2020 = { ...generateReport(3, template2019), year: 2020 };
    const report2021 = startFromPrevious(report2020);
    expect(report2021.format).toBe('2021');
    expect(report2021.requests['carriedOver']).toEqual(report2020.requests['carriedForward']);
    const crossYear = validate(report2021, { previous: report2020 }).filter((f) =>
      f.rule.startsWith('crossYear.'),
    );
    expect(crossYear).toEqual([]);
    const changed = structuredClone(report2021);
    changed.requests['carriedOver']!['natural'] =
      (changed.requests['carriedOver']!['natural'] ?? 0) + 1;
    expect(validate(changed, { previous: report2020 }).map((f) => f.rule)).toContain(
      'crossYear.carriedOver',
    );
  });
});
