import type { AgencyLevel } from '@nianbao/schema';

// Municipalities directly under the central government are provinces.
const municipalities = /^(?:北京|天津|上海|重庆)市人民政府$/;
const governmentOf: readonly (readonly [RegExp, AgencyLevel])[] = [
  [/(?:省|自治区)人民政府$/, 'province'],
  [municipalities, 'province'],
  [/(?:县|区|旗|县级市)人民政府$/, 'county'],
  [/(?:市|州|盟)人民政府$/, 'city'],
  [/(?:镇|乡|苏木)人民政府$/, 'township'],
];
const township = /(?:镇|乡|苏木|街道|街道办事处)$/;
const department = /(?:局|委|委员会|办|办公室|厅|部|署|院|中心|处|所|站|队)$/;

/**
 * The level a body's name suggests, for the user to confirm: a 人民政府 by its place (省 →
 * province, 市/州 → city, 县/区 → county, 镇/乡 → township), 镇/乡/街道 → township, 局/委/办 →
 * department; undefined when the name says nothing.
 * @example inferAgencyLevel('淮安市人民政府') // 'city'
 */
export function inferAgencyLevel(name: string): AgencyLevel | undefined {
  const compact = name.replace(/\s+/g, '');
  if (compact.startsWith('国务院')) return compact === '国务院' ? undefined : 'central';
  for (const [pattern, level] of governmentOf) if (pattern.test(compact)) return level;
  if (compact.endsWith('人民政府')) return undefined;
  if (township.test(compact)) return 'township';
  if (department.test(compact)) return 'department';
  return undefined;
}
