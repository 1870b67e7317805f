import { actorRoles } from '@nianbao/schema';
import type { Agency, Repository, StoredReport, User } from '../db/repository.js';
import { ProblemError } from '../http/problem.js';

/** The agencies whose unpublished reports a user may see: `'all'` for admins. */
export type Scope = readonly string[] | 'all';

/** The agency and every agency below it. */
export function descendantsOf(agencies: readonly Agency[], rootId: string): string[] {
  const children = new Map<string, string[]>();
  for (const { id, parentId } of agencies)
    if (parentId !== null) {
      const siblings = children.get(parentId);
      if (siblings) siblings.push(id);
      else children.set(parentId, [id]);
    }
  const found = new Set<string>();
  const pending = [rootId];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (found.has(id)) continue;
    found.add(id);
    pending.push(...(children.get(id) ?? []));
  }
  return [...found];
}

/** Editors see their own agency; reviewers their agency and its descendants; admins all. */
export async function scopeOf(repo: Repository, user: User | undefined): Promise<Scope> {
  if (!user) return [];
  if (user.role === 'admin') return 'all';
  if (user.role === 'editor') return [user.agencyId];
  return descendantsOf(await repo.listAgencies(), user.agencyId);
}

export const inScope = (scope: Scope, agencyId: string): boolean =>
  scope === 'all' || scope.includes(agencyId);

export const canRead = (scope: Scope, report: StoredReport): boolean =>
  report.status === 'published' || inScope(scope, report.agencyId);

export const canEdit = (user: User | undefined, scope: Scope, agencyId: string): boolean =>
  user !== undefined && actorRoles.editor.includes(user.role) && inScope(scope, agencyId);

export const canReview = (user: User | undefined, scope: Scope, agencyId: string): boolean =>
  user !== undefined && actorRoles.reviewer.includes(user.role) && inScope(scope, agencyId);

/** Throws 401 for anonymous callers and 403 for signed-in ones. */
export function deny(user: User | undefined, detail: string): never {
  if (!user) throw new ProblemError(401, '请先登录');
  throw new ProblemError(403, detail);
}

export function requireUser(user: User | undefined): User {
  if (!user) throw new ProblemError(401, '请先登录');
  return user;
}

export function requireAdmin(user: User | undefined): User {
  if (requireUser(user).role !== 'admin') throw new ProblemError(403, '只有管理员可以执行此操作');
  return user as User;
}
