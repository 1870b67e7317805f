import type { Repository, User } from './repository.js';

/** How long a session lookup is reused: a logout in another process takes effect within it. */
export const sessionCacheMs = 2_000;

/**
 * Keeps recent session lookups in memory for `ttlMs`, so a burst of requests costs one query.
 * Logout and user changes made through this repository take effect at once; made by another
 * server process, within `ttlMs`.
 */
export function withSessionCache(
  repo: Repository,
  ttlMs = sessionCacheMs,
  maxSize = 10_000,
): Repository {
  const cache = new Map<string, { user: User | undefined; until: number }>();
  return {
    ...repo,
    async findSessionUser(tokenHash, now) {
      const cached = cache.get(tokenHash);
      const time = Date.parse(now);
      if (cached && cached.until > time) return cached.user;
      const user = await repo.findSessionUser(tokenHash, now);
      if (cache.size >= maxSize) cache.clear();
      cache.set(tokenHash, { user, until: time + ttlMs });
      return user;
    },
    async deleteSession(tokenHash) {
      cache.delete(tokenHash);
      await repo.deleteSession(tokenHash);
    },
    async deleteUserSessions(userId, exceptTokenHash) {
      cache.clear();
      await repo.deleteUserSessions(userId, exceptTokenHash);
    },
    async updateUser(id, patch) {
      cache.clear();
      return repo.updateUser(id, patch);
    },
    async deleteUser(id) {
      cache.clear();
      return repo.deleteUser(id);
    },
  };
}
