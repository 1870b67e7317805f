import { glyphFindings } from '@nianbao/pdf';
import { validate, type Finding } from '@nianbao/schema';
import { canRead, scopeOf, type Scope } from '../auth/permissions.js';
import type { Repository, StoredReport, User } from '../db/repository.js';
import { ProblemError } from '../http/problem.js';
import { currentOf } from './overview.js';
import { packFor, type RulePacks } from './rule-packs.js';

/** The report, if this user may see it; otherwise 404, so drafts do not leak their existence. */
export async function loadReadable(
  repo: Repository,
  user: User | undefined,
  id: string,
): Promise<{ stored: StoredReport; scope: Scope }> {
  const stored = await repo.getReport(id);
  const scope = stored && (stored.status !== 'published' || user) ? await scopeOf(repo, user) : [];
  if (!stored || !canRead(scope, stored)) throw new ProblemError(404, '报告不存在或无权查看');
  return { stored, scope };
}

export const etagOf = (version: number): string => `"${version}"`;

/** The version named by `If-Match` (an ETag from this API); 428 when it is missing. */
export function versionFromIfMatch(header: string | undefined): number {
  if (header === undefined)
    throw new ProblemError(428, '请在 If-Match 头中给出报告的 ETag（版本号）');
  const version = Number(/^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim())?.[1]);
  if (!Number.isInteger(version))
    throw new ProblemError(400, 'If-Match 应为本接口给出的 ETag，例如 "3"', {
      errors: [{ path: 'header.if-match', message: '格式不正确' }],
    });
  return version;
}

export function staleVersion(current: number): ProblemError {
  return new ProblemError(409, `报告已被他人修改（当前版本 ${current}），请重新载入后再保存`, {
    currentVersion: current,
  });
}

/** Last year's report of the same agency: the newest published one, else the newest. */
export async function previousReportOf(
  repo: Repository,
  stored: Pick<StoredReport, 'agencyId' | 'year'>,
): Promise<StoredReport | undefined> {
  return currentOf(await repo.findReports({ agencyId: stored.agencyId, year: stored.year - 1 }));
}

/** A stored report's findings, with last year's report and the rule pack of its agency's subtree. */
export async function findingsOf(
  repo: Repository,
  { stored, packs }: { stored: StoredReport; packs: RulePacks },
): Promise<Finding[]> {
  const previous = await previousReportOf(repo, stored);
  const pack = await packFor(repo, { packs, agencyId: stored.agencyId });
  // Characters the PDF fonts lack are errors too: a published report always has its PDF.
  return [
    ...validate(stored.report, previous ? { previous: previous.report, ...pack } : pack),
    ...glyphFindings(stored.report),
  ];
}

export const hasErrors = (findings: readonly Finding[]): boolean =>
  findings.some((finding) => finding.severity === 'error');
