import { tableCells } from '../template/cells.js';
import type { TableDef } from '../template/types.js';
import type { NarrativeClaim } from './types.js';

/** How reports put their figures into words; `under` names template labels by their start. */
const claimWording: readonly { label: string; pattern: string; under: readonly string[] }[] = [
  {
    label: '收到的申请',
    pattern: '(?:收到|受理|新收|接收)(?:政府)?(?:信息)?公开申请',
    under: ['一、本年新收政府信息公开申请数量'],
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

/**
 * The figures a report's prose usually states, each tied to the total cells of the rows or
 * groups it counts. Cells are found by the template's labels, so the claims fit every format.
 */
export function narrativeClaims(tables: readonly TableDef[]): NarrativeClaim[] {
  const totals = tables.flatMap(tableCells).filter((cell) => cell.isTotalColumn);
  return claimWording.map(({ label, pattern, under }) => {
    const cells = totals
      .filter((cell) =>
        [...cell.rowLabels, ...cell.columnLabels].some((l) => under.some((u) => l.startsWith(u))),
      )
      .map((cell) => cell.address);
    if (cells.length === 0) throw new Error(`narrative claim ${label} matches no cell`);
    return { label, pattern, cells };
  });
}
