import { tableCells } from '../template/cells.js';
import type { TableDef } from '../template/types.js';
import type { NarrativeClaim } from './types.js';

interface Wording {
  readonly label: string;
  readonly pattern: string;
  /** Template labels (by their start) of the rows or groups whose 总计 the figure counts. */
  readonly under: readonly string[];
  /** Other rows the same words may also count (收到申请: 一 alone, or 一 + 二). */
  readonly orWith?: readonly string[];
}

/** How reports put their figures into words. */
const claimWording: readonly Wording[] = [
  {
    label: '收到的申请',
    pattern: '(?:收到|受理|新收|接收)(?:政府)?(?:信息)?公开申请',
    under: ['一、本年新收政府信息公开申请数量'],
    orWith: ['二、上年结转'],
  },
  {
    label: '上年结转的申请',
    pattern: '上年度?结转(?:的)?(?:政府信息公开)?申请',
    under: ['二、上年结转'],
  },
  {
    label: '答复的申请',
    pattern: '(?:答复|办结|办理)(?:了)?(?:政府信息)?公开申请',
    under: ['（七）总计'],
  },
  {
    label: '结转下年度的申请',
    pattern: '结转下年度(?:继续办理)?(?:的申请)?',
    under: ['四、结转下年度继续办理'],
  },
  {
    label: '予以公开及部分公开',
    pattern: '予以公开[及和、与]部分公开',
    under: ['（一）予以公开', '（二）部分公开'],
  },
  { label: '予以公开', pattern: '予以公开(?![及和、与]部分公开)', under: ['（一）予以公开'] },
  { label: '部分公开', pattern: '(?<![及和、与])部分公开', under: ['（二）部分公开'] },
  { label: '不予公开', pattern: '不予公开', under: ['（三）不予公开'] },
  { label: '无法提供', pattern: '无法提供', under: ['（四）无法提供'] },
  { label: '不予处理', pattern: '不予处理', under: ['（五）不予处理'] },
  { label: '其他处理', pattern: '其他处理', under: ['（六）其他处理'] },
  { label: '行政复议', pattern: '行政复议', under: ['行政复议'] },
  { label: '行政诉讼', pattern: '(?:行政)?诉讼', under: ['行政诉讼'] },
];

/** Figures of table 二, each a single cell found by its row and column labels; a format may lack them. */
const cellWording: readonly { label: string; pattern: string; row: string; column: string }[] = [
  {
    label: '本年制发的行政规范性文件',
    pattern: '(?:制发|印发|出台)(?:了)?(?:行政)?规范性文件',
    row: '行政规范性文件',
    column: '本年制发',
  },
  {
    label: '现行有效的行政规范性文件',
    pattern: '现行有效(?:的)?(?:行政)?规范性文件',
    row: '行政规范性文件',
    column: '现行有效',
  },
  {
    label: '行政许可决定',
    pattern: '(?:作出|办理|受理|办结)(?:了)?行政许可(?:决定|事项|申请)?',
    row: '行政许可',
    column: '本年处理决定数量',
  },
];

const startsAny = (labels: readonly string[], starts: readonly string[]): boolean =>
  labels.some((l) => starts.some((u) => l.startsWith(u)));

/**
 * The figures a report's prose usually states, each tied to the total cells of the rows or
 * groups it counts. Cells are found by the template's labels, so the claims fit every format.
 */
export function narrativeClaims(tables: readonly TableDef[]): NarrativeClaim[] {
  const all = tables.flatMap(tableCells);
  const totals = all.filter((cell) => cell.isTotalColumn);
  const totalsUnder = (under: readonly string[]) =>
    totals
      .filter((cell) => startsAny([...cell.rowLabels, ...cell.columnLabels], under))
      .map((cell) => cell.address);
  const claims = claimWording.map(({ label, pattern, under, orWith }): NarrativeClaim => {
    const cells = totalsUnder(under);
    if (cells.length === 0) throw new Error(`narrative claim ${label} matches no cell`);
    return orWith
      ? { label, pattern, cells, alternatives: [[...cells, ...totalsUnder(orWith)]] }
      : { label, pattern, cells };
  });
  const single = cellWording.flatMap(({ label, pattern, row, column }) => {
    const cell = all.find(
      (c) => startsAny(c.rowLabels, [row]) && startsAny(c.columnLabels, [column]),
    );
    return cell ? [{ label, pattern, cells: [cell.address] }] : [];
  });
  return [...claims, ...single];
}
