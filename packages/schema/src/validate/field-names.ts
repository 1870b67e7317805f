import { cellLabel, tableCells } from '../template/cells.js';
import { proseSectionsOf, tablesOf, type TemplateDef } from '../template/template.js';

const headerFields: Readonly<Record<string, string>> = {
  format: '格式版本',
  year: '报告年度',
  agency: '机关',
  'agency.name': '机关名称',
  'agency.level': '机关层级',
  publishedOn: '发布日期',
  narrative: '文字部分',
  accepted: '已说明的提醒',
  fromLastYear: '沿用上年的文字',
};

const cache = new WeakMap<TemplateDef, ReadonlyMap<string, string>>();

/** Chinese names of every field of a template's reports, by dotted path. */
export function fieldNamesOf(template: TemplateDef): ReadonlyMap<string, string> {
  let names = cache.get(template);
  if (names) return names;
  names = new Map([
    ...Object.entries(headerFields),
    ...proseSectionsOf(template).map((s): [string, string] => [`narrative.${s.id}`, s.heading]),
    ...tablesOf(template).flatMap((table) =>
      tableCells(table).map((cell): [string, string] => [cell.address, cellLabel(cell)]),
    ),
  ]);
  cache.set(template, names);
  return names;
}

/** `address（中文名）`, or the address alone when it has no Chinese name. */
export function describeField(template: TemplateDef | undefined, address: string): string {
  const name = template && fieldNamesOf(template).get(address);
  return name ? `${address}（${name}）` : address;
}
