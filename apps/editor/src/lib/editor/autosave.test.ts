import type { CellDef, Report } from '@nianbao/schema';
import { generateReport } from '@nianbao/schema/testing';
import { describe, expect, it } from 'vitest';
import { Autosave } from './autosave.svelte';
import { readDraft } from './local-draft';
import { memoryStorage } from './memory-storage.test-support';
import { twoInputCells, withCell } from './report-edits.test-support';

const [first, second] = twoInputCells();

type Call = { method: string; path: string; ifMatch: string | null; body: unknown };

/** A fake API over one report: PUT needs the current version; `failures` answer PUTs first. */
function fakeServer(report: Report, failures: number[] = []) {
  const server = {
    version: 3,
    report,
    status: 'draft',
    calls: [] as Call[],
    onPut: () => {},
    signedIn: true,
  };
  const fetcher = ((url: string, init: RequestInit) => {
    const headers = new Headers(init.headers);
    const method = init.method ?? 'GET';
    const path = new URL(url, 'http://x').pathname;
    const body: unknown = init.body ? JSON.parse(init.body as string) : undefined;
    server.calls.push({ method, path, ifMatch: headers.get('if-match'), body });
    const resource = () => ({
      id: 'r1',
      ...server,
      calls: undefined,
      onPut: undefined,
      signedIn: undefined,
    });
    if (path === '/api/auth/me')
      return Promise.resolve(Response.json({}, { status: server.signedIn ? 200 : 401 }));
    if (path.endsWith('/revisions'))
      return Promise.resolve(Response.json([{ number: server.version, username: '李四' }]));
    if (method === 'GET') return Promise.resolve(Response.json(resource()));
    const failure = failures.shift();
    if (failure === -1) return Promise.reject(new TypeError('fetch failed'));
    server.onPut();
    if (failure || headers.get('if-match') !== `"${String(server.version)}"`) {
      const status = failure ?? 409;
      const problem = { status, detail: '报告已被他人修改', currentVersion: server.version };
      return Promise.resolve(Response.json(problem, { status }));
    }
    server.report = body as Report;
    server.version++;
    return Promise.resolve(Response.json(resource()));
  }) as typeof fetch;
  return { server, fetcher };
}

function setup(failures: number[] = []) {
  const storage = memoryStorage();
  const base = generateReport(3);
  const { server, fetcher } = fakeServer(base, failures);
  let report = base;
  const merges: Report[] = [];
  let locked = false;
  const autosave = new Autosave({
    reportId: 'r1',
    version: 3,
    base,
    read: () => report,
    storage,
    delayMs: 60_000, // tests call flush() themselves
    fetcher,
    onMerged: (merged) => merges.push(merged),
    onLocked: () => (locked = true),
  });
  const edit = (cell: CellDef, value: number) => {
    report = withCell(report, cell, value);
    autosave.changed();
  };
  return { autosave, storage, server, base, edit, merges, isLocked: () => locked };
}

const puts = (calls: readonly Call[]) => calls.filter((c) => c.method === 'PUT');

describe('Autosave', () => {
  it.each([401, 404])(
    'waits for a new login when the session has expired (%i), then saves everything',
    async (status) => {
      const { autosave, storage, server, edit } = setup([status]);
      server.signedIn = false;
      edit(first, 2);
      expect(await autosave.flush()).toBe(false);
      expect(autosave.needsLogin).toBe(true);
      expect(autosave.problem).toMatch(/登录已过期/);
      edit(second, 5);
      expect(await autosave.flush()).toBe(false);
      expect(readDraft(storage, 'r1')).toMatchObject({ baseVersion: 3 });
      server.signedIn = true;
      autosave.resume();
      expect(await autosave.flush()).toBe(true);
      expect(autosave.needsLogin).toBe(false);
      expect(puts(server.calls)).toHaveLength(2);
      expect(readDraft(storage, 'r1')).toBeUndefined();
      autosave.stop();
    },
  );

  it('keeps a local draft at once and saves with If-Match, then drops the draft', async () => {
    const { autosave, storage, server, edit } = setup();
    edit(first, 2);
    expect(autosave.state).toBe('unsaved');
    expect(readDraft(storage, 'r1')).toMatchObject({ baseVersion: 3 });
    expect(await autosave.flush()).toBe(true);
    expect(puts(server.calls)).toMatchObject([{ ifMatch: '"3"' }]);
    expect(autosave.state).toBe('saved');
    expect(autosave.version).toBe(4);
    expect(readDraft(storage, 'r1')).toBeUndefined();
    autosave.stop();
  });

  it('merges and saves when someone else saved other cells first', async () => {
    const { autosave, storage, server, base, edit, merges } = setup();
    server.report = withCell(base, second, 77);
    server.version = 4;
    edit(first, 900);
    expect(await autosave.flush()).toBe(true);
    const both = withCell(withCell(base, second, 77), first, 900);
    expect(puts(server.calls).map((c) => c.ifMatch)).toEqual(['"3"', '"4"']);
    expect(server.report).toEqual(both);
    expect(merges).toEqual([both]);
    expect(autosave.conflict).toBeUndefined();
    expect(readDraft(storage, 'r1')).toBeUndefined();
    autosave.stop();
  });

  it('merges again, a few times at most, when the server moves during the merge', async () => {
    const { autosave, server, base, edit } = setup();
    server.version = 4;
    let moves = 0;
    server.onPut = () => {
      if (moves++ < 2) server.version++;
    };
    edit(first, 900);
    expect(await autosave.flush()).toBe(true);
    expect(puts(server.calls).map((c) => c.ifMatch)).toEqual(['"3"', '"5"', '"6"']);
    expect(server.report).toEqual(withCell(base, first, 900));
    server.onPut = () => server.version++;
    edit(first, 901);
    expect(await autosave.flush()).toBe(false);
    expect(puts(server.calls)).toHaveLength(7);
    expect(autosave.problem).toContain('稍后自动重试');
    autosave.stop();
  });

  it('asks, and saves nothing, when both changed the same cell differently', async () => {
    const { autosave, storage, server, base, edit } = setup();
    server.report = withCell(base, first, 5);
    server.version = 4;
    edit(first, 900);
    expect(await autosave.flush()).toBe(false);
    expect(autosave.conflict).toMatchObject({
      serverVersion: 4,
      by: '李四',
      clashes: [{ address: first.address, mine: 900, theirs: 5 }],
    });
    edit(second, 1);
    expect(await autosave.flush()).toBe(false);
    expect(puts(server.calls)).toHaveLength(1);
    expect(readDraft(storage, 'r1')).toBeDefined();
    const clash = autosave.conflict;
    if (!clash) return;
    autosave.settled(clash);
    expect(await autosave.flush()).toBe(true);
    expect(puts(server.calls).at(-1)?.ifMatch).toBe('"4"');
    expect(autosave.base).toEqual(server.report);
    autosave.stop();
  });

  it('keeps the local draft and stops when the report was locked elsewhere', async () => {
    const { autosave, storage, server, edit, isLocked } = setup();
    server.status = 'submitted';
    server.version = 4;
    edit(first, 900);
    expect(await autosave.flush()).toBe(false);
    expect(isLocked()).toBe(true);
    expect(autosave.problem).toContain('不能修改');
    expect(readDraft(storage, 'r1')).toBeDefined();
    autosave.stop();
  });

  it('keeps the draft and says so when the connection is lost', async () => {
    const { autosave, storage, edit } = setup([-1]);
    edit(first, 7);
    expect(await autosave.flush()).toBe(false);
    expect(autosave.state).toBe('unsaved');
    expect(autosave.problem).toContain('已保存在本机');
    expect(readDraft(storage, 'r1')).toBeDefined();
    autosave.stop();
  });
});
