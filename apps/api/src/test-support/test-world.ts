import { afterAll, beforeAll } from 'vitest';
import { createApp, type AppOptions } from '../app.js';
import { bootstrap } from '../bootstrap.js';
import { createRepository } from '../db/create-repository.js';
import type { Repository } from '../db/repository.js';
import { openTestDatabase, type DatabaseKind } from './test-databases.js';

/** Each demo user's password: it meets the password policy. */
export const passwordOf = (username: string): string => `Pw-${[...username].reverse().join('')}-9`;

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  // Tests read arbitrary JSON; typing every response would only restate the routes.
  readonly body: any;
}

export interface RequestOptions {
  readonly token?: string;
  readonly body?: unknown;
  readonly rawBody?: string;
  readonly headers?: Record<string, string>;
  /** The caller's network address (default `unknown`). */
  readonly address?: string;
}

/** The demo world (admin, editor, reviewer, jiangnan and the seed reports) on a fresh database. */
export interface TestWorld {
  readonly repo: Repository;
  readonly agencies: { pinghu: string; dushangang: string; jiangnan: string };
  request(method: string, path: string, options?: RequestOptions): Promise<Reply>;
  login(username: string): Promise<string>;
}

export async function createTestWorld(kind: DatabaseKind, options: AppOptions = {}) {
  const database = await openTestDatabase(kind);
  const repo = createRepository(database);
  await bootstrap(repo, {
    demo: true,
    adminPassword: passwordOf('admin'),
    demoPassword: passwordOf,
    log: () => undefined,
  });
  const app = createApp(repo, options);
  const byName = new Map((await repo.listAgencies()).map((a) => [a.name, a.id]));
  const agencyId = (name: string) => byName.get(name) ?? '';
  const tokens = new Map<string, string>();

  const request: TestWorld['request'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const env = options.address
      ? { incoming: { socket: { remoteAddress: options.address } } }
      : undefined;
    const response = await app.request(path, { method, headers, body }, env);
    const text = await response.text();
    const isJson = /json/.test(response.headers.get('content-type') ?? '');
    return {
      status: response.status,
      headers: response.headers,
      body: isJson ? JSON.parse(text) : text,
    };
  };

  const login = async (username: string) => {
    const cached = tokens.get(username);
    if (cached) return cached;
    const reply = await request('POST', '/api/auth/login', {
      body: { username, password: passwordOf(username) },
    });
    if (reply.status !== 200) throw new Error(`login ${username}: ${reply.status}`);
    tokens.set(username, reply.body.token);
    return reply.body.token as string;
  };

  const world: TestWorld = {
    repo,
    agencies: {
      pinghu: agencyId('平湖市人民政府'),
      dushangang: agencyId('平湖市独山港经济开发区（独山港镇）'),
      jiangnan: agencyId('江南市人民政府'),
    },
    request,
    login,
  };
  return { world, close: () => database.close() };
}

/** One world per describe block (its app made with `options`), created before its tests and closed after. */
export function useTestWorld(kind: DatabaseKind, options: AppOptions = {}): TestWorld {
  let current: Awaited<ReturnType<typeof createTestWorld>> | undefined;
  beforeAll(async () => {
    current = await createTestWorld(kind, options);
  });
  afterAll(async () => {
    await current?.close();
  });
  const get = () => {
    if (!current) throw new Error('test world not ready');
    return current.world;
  };
  return {
    get repo() {
      return get().repo;
    },
    get agencies() {
      return get().agencies;
    },
    request: (...args) => get().request(...args),
    login: (username) => get().login(username),
  };
}
