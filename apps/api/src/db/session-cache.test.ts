import { describe, expect, it } from 'vitest';
import type { Repository, User } from './repository.js';
import { withSessionCache } from './session-cache.js';

const user: User = {
  id: 'u',
  username: 'u',
  name: null,
  agencyId: 'a',
  role: 'editor',
  createdAt: '',
  disabled: false,
  mustChangePassword: false,
};

function countingRepo() {
  const calls = { find: 0 };
  const sessions = new Map([['t', user]]);
  const repo = {
    findSessionUser: (hash: string) => {
      calls.find++;
      return Promise.resolve(sessions.get(hash));
    },
    deleteSession: (hash: string) => {
      sessions.delete(hash);
      return Promise.resolve();
    },
    updateUser: () => Promise.resolve(user),
    deleteUser: () => Promise.resolve(true),
    deleteUserSessions: () => Promise.resolve(),
  } as unknown as Repository;
  return { repo, calls };
}

describe('withSessionCache', () => {
  const at = (ms: number) => new Date(ms).toISOString();

  it('answers repeated lookups from memory until the time to live has passed', async () => {
    const { repo, calls } = countingRepo();
    const cached = withSessionCache(repo, 1000);
    expect(await cached.findSessionUser('t', at(0))).toEqual(user);
    expect(await cached.findSessionUser('t', at(999))).toEqual(user);
    expect(calls.find).toBe(1);
    await cached.findSessionUser('t', at(1000));
    expect(calls.find).toBe(2);
  });

  it('forgets a session at logout and every session when a user changes', async () => {
    const { repo, calls } = countingRepo();
    const cached = withSessionCache(repo, 1000);
    await cached.findSessionUser('t', at(0));
    await cached.updateUser('u', { role: 'admin' });
    await cached.findSessionUser('t', at(1));
    expect(calls.find).toBe(2);
    await cached.deleteSession('t');
    expect(await cached.findSessionUser('t', at(2))).toBeUndefined();
  });

  it('forgets every session when a user loses their sessions', async () => {
    const { repo, calls } = countingRepo();
    const cached = withSessionCache(repo, 1000);
    await cached.findSessionUser('t', at(0));
    await cached.deleteUserSessions('u');
    await cached.findSessionUser('t', at(1));
    expect(calls.find).toBe(2);
  });

  it('keeps a lookup a few seconds at most by default', async () => {
    const { repo, calls } = countingRepo();
    const cached = withSessionCache(repo);
    await cached.findSessionUser('t', at(0));
    await cached.findSessionUser('t', at(3000));
    expect(calls.find).toBe(2);
  });
});
