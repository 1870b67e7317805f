import { formatCellValue, parseCellText } from './normalise-number';
import type { PastePlan } from './paste-block';

/**
 * What a paste did, in Chinese: cells taken, entries kept as typed because they are not numbers,
 * pasted totals that differ from the sum of their parts (`totalOf`, after the paste), overflow.
 * @example pasteNotice(plan, (a) => editor.valueAt(a)) // '已粘贴 4 个单元格。可按 Ctrl+Z 撤销。'
 */
export function pasteNotice(
  plan: PastePlan,
  totalOf: (address: string) => number | undefined,
): string {
  const parts = [`已粘贴 ${plan.changes.length} 个单元格`];
  if (plan.rejected.length > 0)
    parts.push(`${plan.rejected.length} 个不是有效数字，已照原样保留并标出`);
  const differing = plan.totals.flatMap((total) => {
    if (total.text.trim() === '') return [];
    const parsed = parseCellText(total.text, total.kind);
    const sum = totalOf(total.address);
    if (parsed.ok && parsed.value === sum) return [];
    return [`${total.label}粘贴为“${total.text.trim()}”，而各项之和为 ${formatCellValue(sum)}`];
  });
  const agreeing = plan.totals.length - differing.length;
  if (agreeing > 0) parts.push(`${agreeing} 个合计单元格由系统计算，与粘贴的合计一致`);
  if (differing.length > 0)
    parts.push(
      `${differing.length} 个合计与各项之和不符（合计由系统计算）：${differing.join('；')}`,
    );
  if (plan.outside > 0) parts.push(`${plan.outside} 个超出表格，已忽略`);
  return `${parts.join('；')}。可按 Ctrl+Z 撤销。`;
}
