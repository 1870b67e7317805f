import type { Finding } from '@nianbao/schema';

/** How the table marks a cell of the current finding: a likely cause, or another cell it names. */
export type FindingMark = 'suspect' | 'named';

/** The id of the page's note that describes a mark to screen readers. */
export const markNoteId = (mark: FindingMark): string => `finding-mark-${mark}`;

/** What each mark means, read out with the cell. */
export const markNotes: Readonly<Record<FindingMark, string>> = {
  suspect: '当前问题最可能出在此格（最近填写）',
  named: '当前问题涉及此格',
};

/** A finding's identity across re-checks: the findings are derived anew on every edit. */
export const findingKey = (finding: Finding): string =>
  `${finding.rule} ${finding.cells.join(' ')}`;

/**
 * The finding the table marks: the one chosen in the panel while it stands and names the current
 * cell, else the first that names the current cell, else the first of all.
 */
export function currentFinding(
  findings: readonly Finding[],
  at: { chosen?: string | undefined; cell?: string | undefined },
): Finding | undefined {
  return (
    findings.find(
      (f) => findingKey(f) === at.chosen && (at.cell === undefined || f.cells.includes(at.cell)),
    ) ??
    findings.find((f) => at.cell !== undefined && f.cells.includes(at.cell)) ??
    findings[0]
  );
}

/** The marks of a finding's cells: its suspects stand out from the other cells it names. */
export function findingMarks(finding: Finding | undefined): ReadonlyMap<string, FindingMark> {
  const marks = new Map<string, FindingMark>();
  if (!finding || finding.accepted) return marks;
  for (const cell of finding.cells) marks.set(cell, 'named');
  for (const cell of finding.suspects ?? []) marks.set(cell, 'suspect');
  return marks;
}
