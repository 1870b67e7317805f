import type { Finding } from '@nianbao/schema';

/** What a 问题清单 item is about: a finding of the unit's report, or a late or missing report. */
export type ProblemSource =
  | {
      readonly kind: 'finding';
      readonly rule: string;
      readonly severity: Finding['severity'];
      readonly cells: readonly string[];
      readonly message: string;
    }
  | { readonly kind: 'late'; readonly deadline: string; readonly publishedOn: string | null }
  | { readonly kind: 'missing' };

/** The same problem found again has the same fingerprint: its rule and cells, or its kind. */
export function fingerprintOf(source: ProblemSource): string {
  if (source.kind !== 'finding') return source.kind;
  return `${source.rule}:${[...source.cells].sort().join(',')}`;
}

const severityNames: Record<Finding['severity'], string> = {
  error: '错误',
  warning: '警告，未说明理由',
};

/** The item's text as the unit and the 通报 read it. */
export function problemText(source: ProblemSource, year: number): string {
  switch (source.kind) {
    case 'finding':
      return `${source.message}（${severityNames[source.severity]}）`;
    case 'late':
      return source.publishedOn === null
        ? `${String(year)}年度报告逾期未发布（期限 ${source.deadline}）`
        : `${String(year)}年度报告逾期发布（期限 ${source.deadline}，${source.publishedOn} 发布）`;
    case 'missing':
      return `未报送${String(year)}年度报告`;
  }
}
