import { templateFor, type Report } from '@nianbao/schema';
import { canEdit, deny, scopeOf } from '../auth/permissions.js';
import type { Agency, Repository, User } from '../db/repository.js';
import { ProblemError } from '../http/problem.js';

// Names compare without white space and with either width of brackets.
const normalised = (name: string): string =>
  name.replace(/\s/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

const refuse = (named: string, why: string): ProblemError =>
  new ProblemError(422, `导入的报告署名为“${named || '（未写明）'}”，${why}`, {
    errors: [{ path: 'agency', message: why }],
    agency: named,
  });

/**
 * The agency an imported report is filed under: the one it names, when that is in the user's
 * charge; else, only when the caller asks for it (`asStartingPoint`), the given agency, and then
 * `origin` is whose report it was. 422 naming `agency` otherwise.
 */
export async function importTarget(
  repo: Repository,
  request: { user: User; named: string; agencyId?: string | undefined; asStartingPoint: boolean },
): Promise<{ agency: Agency; origin?: string }> {
  const { user, named } = request;
  const scope = await scopeOf(repo, user);
  if (request.asStartingPoint) {
    const agency = await repo.getAgency(request.agencyId ?? user.agencyId);
    if (!agency)
      throw new ProblemError(422, '机关不存在', {
        errors: [{ path: 'query.agencyId', message: '没有这个机关' }],
      });
    if (!canEdit(user, scope, agency.id)) deny(user, '只能为本机关导入报告');
    return normalised(agency.name) === normalised(named) ? { agency } : { agency, origin: named };
  }
  const agency = (await repo.listAgencies()).find((a) => normalised(a.name) === normalised(named));
  if (!agency) throw refuse(named, '不是您负责的机关；可以取消，或参照它创建本机关的报告');
  if (!canEdit(user, scope, agency.id))
    throw refuse(named, '该机关不在您的管辖范围内；可以取消，或参照它创建本机关的报告');
  if (request.agencyId !== undefined && request.agencyId !== agency.id)
    throw refuse(named, '与所选机关不符；可以取消，或参照它创建所选机关的报告');
  return { agency };
}

/** The draft with a line opening its first prose section that says whose report it started from. */
export function markOrigin(report: Report, origin: string): Report {
  const first = templateFor(report.format)?.sections.find((s) => s.kind === 'prose');
  if (!first) return report;
  const note = `（本稿参照${origin || '其他机关'}${report.year}年度报告导入，须按本机关情况修改。）`;
  const text = report.narrative[first.id] ?? '';
  return { ...report, narrative: { ...report.narrative, [first.id]: `${note}\n${text}` } };
}
