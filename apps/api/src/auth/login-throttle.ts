/**
 * Counts failed logins per username: after `maxFailures` within `windowMs`, the name may not
 * try again until the window that began with its first failure has passed. A success clears
 * the count. Kept in memory: a restart forgets, which is acceptable for slowing guessing down.
 */
export interface LoginThrottle {
  /** Whole seconds until `username` may try again; 0 when it may now. */
  retryAfter(username: string): number;
  recordFailure(username: string): void;
  recordSuccess(username: string): void;
}

export function createLoginThrottle({
  maxFailures = 5,
  windowMs = 15 * 60_000,
  maxNames = 10_000,
  now = Date.now,
}: {
  maxFailures?: number;
  windowMs?: number;
  maxNames?: number;
  now?: () => number;
} = {}): LoginThrottle {
  const failures = new Map<string, { count: number; since: number }>();
  const keyOf = (username: string) => username.trim().toLowerCase();
  const current = (key: string) => {
    const entry = failures.get(key);
    if (entry && now() - entry.since >= windowMs) {
      failures.delete(key);
      return undefined;
    }
    return entry;
  };
  return {
    retryAfter(username) {
      const entry = current(keyOf(username));
      if (!entry || entry.count < maxFailures) return 0;
      return Math.max(1, Math.ceil((entry.since + windowMs - now()) / 1000));
    },
    recordFailure(username) {
      const key = keyOf(username);
      const entry = current(key);
      if (entry) entry.count++;
      else {
        if (failures.size >= maxNames) failures.delete(failures.keys().next().value as string);
        failures.set(key, { count: 1, since: now() });
      }
    },
    recordSuccess(username) {
      failures.delete(keyOf(username));
    },
  };
}
