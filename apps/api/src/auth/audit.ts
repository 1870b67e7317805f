import type { Context } from 'hono';
import type { Repository, User } from '../db/repository.js';
import type { AppEnv } from '../http/app-env.js';
import { clientAddress } from './client-address.js';

const recorded = new WeakSet<Context>();

/** True once `audit` has written this request's entry, so the generic one is not added. */
export const isAudited = (c: Context): boolean => recorded.has(c);

/**
 * Appends one audit entry for this request: who (the signed-in user unless `user` or `userName`
 * says otherwise), from which address, what.
 */
export async function audit(input: {
  repo: Repository;
  c: Context<AppEnv>;
  action: string;
  target?: string | null;
  details?: Record<string, unknown>;
  user?: User;
  userName?: string;
}): Promise<void> {
  const { c } = input;
  recorded.add(c);
  const user = input.user ?? c.get('user');
  await input.repo.audit.append({
    userId: user?.id ?? null,
    userName: input.userName ?? user?.username ?? null,
    address: clientAddress(c),
    action: input.action,
    target: input.target ?? null,
    details: input.details ?? {},
  });
}
