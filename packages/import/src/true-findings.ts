import type { Finding, TemplateDef } from '@nianbao/schema';

/**
 * `validate`'s findings that are true of the published report: a rule that reads a cell the
 * importer never read (a missing or unread table or row) would compare with a 0 nobody printed.
 */
export function trueFindings(
  findings: readonly Finding[],
  template: TemplateDef,
  unread: ReadonlySet<string>,
): Finding[] {
  if (unread.size === 0) return [...findings];
  // Entries kept as printed are the reader's own business: always reported.
  const kept = new Set(template.rules.filter((r) => r.kind === 'invalidEntry').map((r) => r.id));
  return findings.filter(
    (finding) => kept.has(finding.rule) || !finding.cells.some((cell) => unread.has(cell)),
  );
}
