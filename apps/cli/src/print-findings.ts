import { readPath, templateFor, type Finding } from '@nianbao/schema';

const severityMarks = { error: '✗ 错误', warning: '! 警告' } as const;

/** One line naming a report: agency, year and format, or what is missing. */
export function describeReport(report: unknown): string {
  const name = readPath(report, ['agency', 'name']);
  const year = readPath(report, ['year']);
  const template = templateFor(readPath(report, ['format']));
  return [
    typeof name === 'string' ? name : '（未填机关名称）',
    typeof year === 'number' ? `${year} 年度` : '',
    template ? `（${template.name}）` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function countBySeverity(findings: readonly Finding[]): {
  errors: number;
  warnings: number;
} {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}

/** The human report of one file's findings, in Chinese. */
export function formatFindings(
  file: string,
  report: unknown,
  findings: readonly Finding[],
): string {
  const lines = [`${file} — ${describeReport(report)}`];
  for (const finding of findings) {
    const cells = finding.cells.length ? `  ${finding.cells.join('、')}` : '';
    lines.push(
      `  ${severityMarks[finding.severity]} ${finding.rule}${cells}`,
      `    ${finding.message}`,
    );
    if (finding.accepted) lines.push(`    已说明：${finding.reason ?? ''}`);
  }
  const { errors, warnings } = countBySeverity(findings);
  const verdict = errors ? '未通过' : '通过';
  lines.push(`  ${verdict}：${errors} 个错误，${warnings} 个警告`, '');
  return lines.join('\n');
}
