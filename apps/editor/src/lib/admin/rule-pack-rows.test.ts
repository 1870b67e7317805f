import { describe, expect, it } from 'vitest';
import { ruleRows, subtreeName, type RulePacksView } from './rule-pack-rows';

const pinghu = { within: '平湖市人民政府', agency: { id: 'a1', name: '平湖市人民政府' } };
const fromFile = { source: 'file', packId: null } as const;
const view: RulePacksView = {
  file: '/srv/nianbao.config.json',
  catalog: [
    { id: 'requests.balance', title: '收支平衡', severity: 'error', basis: '表三' },
    { id: 'trend.jump', title: '与上年相比', severity: 'warning', basis: '考核' },
    { id: 'narrative.empty', title: '文字部分不为空', severity: 'warning', basis: '格式' },
  ],
  rules: [
    {
      rule: 'trend.jump',
      title: '与上年相比',
      setting: 'off',
      within: null,
      agency: null,
      ...fromFile,
    },
    {
      rule: 'trend.jump',
      title: '与上年相比',
      setting: 'warning',
      ...pinghu,
      source: 'database',
      packId: 'p1',
    },
  ],
  deadlines: [],
  packs: [],
};

describe('ruleRows', () => {
  it("lists each warning's settings by subtree and marks errors as always checked", () => {
    const rows = ruleRows(view);
    expect(rows.map((row) => [row.id, row.severity, row.settings])).toEqual([
      ['requests.balance', '错误', ['始终检查（错误不可关闭）']],
      ['trend.jump', '提醒', ['全部机关：关闭（配置文件）', '平湖市人民政府及下属机关：打开']],
      ['narrative.empty', '提醒', []],
    ]);
  });
});

describe('subtreeName', () => {
  it('names a `within` that matches no agency as written', () => {
    expect(subtreeName({ within: '不存在', agency: null })).toBe(
      '“不存在”（没有此名称或编号的机关）',
    );
  });
});
