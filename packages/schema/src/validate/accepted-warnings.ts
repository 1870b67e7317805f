import { readPath } from '../report/cell-access.js';
import type { AcceptedWarning, Report } from '../report/report.js';
import type { Finding } from '../rules/types.js';

const sameCells = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((cell) => b.includes(cell));

const sameAcceptance = (a: AcceptedWarning, b: AcceptedWarning): boolean =>
  a.rule === b.rule && sameCells(a.cells, b.cells) && a.reason === b.reason && a.at === b.at;

const acceptedOf = (report: unknown): readonly AcceptedWarning[] => {
  const accepted = readPath(report, ['accepted']);
  return Array.isArray(accepted) ? (accepted as AcceptedWarning[]) : [];
};

/** The findings with each warning the report accepts (same rule and cells) marked. */
export function markAccepted(report: unknown, findings: Finding[]): Finding[] {
  const accepted = acceptedOf(report);
  if (accepted.length === 0) return findings;
  return findings.map((finding) => {
    if (finding.severity !== 'warning') return finding;
    const acceptance = accepted.find(
      (a) => a.rule === finding.rule && sameCells(a.cells, finding.cells),
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
  };
  return { ...report, accepted: [...others, entry] };
}

/** The report without the acceptances `drop` picks (none left: no key). */
function keepAcceptances(report: Report, drop: (a: AcceptedWarning) => boolean): Report {
  if (report.accepted === undefined) return report;
  const kept = report.accepted.filter((a) => !drop(a));
  if (kept.length === report.accepted.length) return report;
  const rest = { ...report };
  delete rest.accepted;
  return kept.length === 0 ? rest : { ...rest, accepted: kept };
}

/** The report without the acceptances that name any of `cells` (the editor calls it on an edit). */
export const withoutAcceptancesOf = (report: Report, cells: Iterable<string>): Report => {
  const edited = new Set(cells);
  return keepAcceptances(report, (a) => a.cells.some((cell) => edited.has(cell)));
};

/** What a cell holds: its value and, when it has one, the entry kept as typed. */
const held = (report: unknown, address: string): string =>
  JSON.stringify([
    readPath(report, address.split('.')) ?? null,
    readPath(report, ['invalidEntries', address]) ?? null,
  ]);

/**
 * The report without acceptances given before `previous` (the last save) whose cells changed
 * since: the server drops them on save. Acceptances new in `report` stand.
 */
export function withoutStaleAcceptances(report: Report, previous: Report): Report {
  const before = acceptedOf(previous);
  return keepAcceptances(
    report,
    (a) =>
      before.some((p) => sameAcceptance(p, a)) &&
      a.cells.some((cell) => held(report, cell) !== held(previous, cell)),
  );
}

/** The report with every acceptance signed by `by` (the server sets it from the session on save). */
export function signAcceptances(report: Report, by: string, previous?: Report): Report {
  if (report.accepted === undefined) return report;
  const kept = (a: AcceptedWarning) => previous?.accepted?.find((p) => sameAcceptance(p, a));
  return { ...report, accepted: report.accepted.map((a) => ({ ...a, by: kept(a)?.by ?? by })) };
}
