import { readPath } from '../report/cell-access.js';
import type { AcceptedWarning, Report } from '../report/report.js';
import type { Finding } from '../rules/types.js';

/** FNV-1a, 32 bits, as 8 hex digits: short, stable across runtimes, enough to notice a change. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * A fingerprint of what the named cells hold (numbers, prose, entries kept as typed): an
 * acceptance stands only while it is unchanged, so editing a named cell brings the warning back.
 */
export function cellsFingerprint(report: unknown, cells: readonly string[]): string {
  const held = cells.map((address) => [
    readPath(report, address.split('.')),
    readPath(report, ['invalidEntries', address]) ?? null,
  ]);
  return fnv1a(JSON.stringify(held));
}

const sameCells = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((cell) => b.includes(cell));

const acceptedOf = (report: unknown): readonly AcceptedWarning[] => {
  const accepted = readPath(report, ['accepted']);
  return Array.isArray(accepted) ? (accepted as AcceptedWarning[]) : [];
};

/** True while an acceptance's cells still hold what they held when it was given. */
export const isAcceptanceCurrent = (report: unknown, acceptance: AcceptedWarning): boolean =>
  acceptance.fingerprint === cellsFingerprint(report, acceptance.cells);

/** The findings with each warning the report accepts (same rule and cells, unchanged since) marked. */
export function markAccepted(report: unknown, findings: Finding[]): Finding[] {
  const accepted = acceptedOf(report);
  if (accepted.length === 0) return findings;
  return findings.map((finding) => {
    if (finding.severity !== 'warning') return finding;
    const acceptance = accepted.find(
      (a) =>
        a.rule === finding.rule &&
        sameCells(a.cells, finding.cells) &&
        isAcceptanceCurrent(report, a),
    );
    return acceptance ? { ...finding, accepted: true, reason: acceptance.reason } : finding;
  });
}

/**
 * The report with `finding` accepted for `reason` (replacing an earlier acceptance of it).
 * Throws a RangeError for an error or a blank reason: errors cannot be accepted (contract §3).
 */
export function acceptWarning(
  report: Report,
  finding: Finding,
  acceptance: { reason: string; by: string; at: string },
): Report {
  if (finding.severity !== 'warning') throw new RangeError('错误不能接受，只能改正');
  const reason = acceptance.reason.trim();
  if (reason === '') throw new RangeError('请写明接受此提醒的理由');
  const others = (report.accepted ?? []).filter(
    (a) => a.rule !== finding.rule || !sameCells(a.cells, finding.cells),
  );
  const entry: AcceptedWarning = {
    rule: finding.rule,
    cells: [...finding.cells],
    reason,
    by: acceptance.by,
    at: acceptance.at,
    fingerprint: cellsFingerprint(report, finding.cells),
  };
  return { ...report, accepted: [...others, entry] };
}

/** The report without acceptances whose cells changed since they were given (none left: no key). */
export function withoutStaleAcceptances(report: Report): Report {
  if (report.accepted === undefined) return report;
  const current = report.accepted.filter((a) => isAcceptanceCurrent(report, a));
  if (current.length === report.accepted.length) return report;
  const rest = { ...report };
  delete rest.accepted;
  return current.length === 0 ? rest : { ...rest, accepted: current };
}

/** The report with every acceptance signed by `by` (the server sets it from the session on save). */
export function signAcceptances(report: Report, by: string, previous?: Report): Report {
  if (report.accepted === undefined) return report;
  const kept = (a: AcceptedWarning) =>
    previous?.accepted?.find(
      (p) =>
        p.rule === a.rule && sameCells(p.cells, a.cells) && p.reason === a.reason && p.at === a.at,
    );
  return { ...report, accepted: report.accepted.map((a) => ({ ...a, by: kept(a)?.by ?? by })) };
}
