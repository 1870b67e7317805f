/** One report's outcome of a batch step, said with its agency's name. */
export interface BatchLine {
  readonly id: string;
  readonly ok: boolean;
  readonly text: string;
}

interface BatchResult {
  readonly id: string;
  readonly ok: boolean;
  readonly detail?: string | undefined;
}

/** Each result of `POST /api/reports/batch` named by the agency whose report it is. */
export function batchLines(
  rows: readonly { agency: { name: string }; report: { id: string } | null }[],
  results: readonly BatchResult[],
): BatchLine[] {
  const nameOf = new Map(rows.map((row) => [row.report?.id, row.agency.name]));
  return results.map((result) => ({
    id: result.id,
    ok: result.ok,
    text: `${nameOf.get(result.id) ?? result.id}：${result.ok ? '成功' : `未成功，${result.detail ?? '原因不明'}`}`,
  }));
}
