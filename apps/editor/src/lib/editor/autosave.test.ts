import { describe, expect, it } from 'vitest';
import { Autosave } from './autosave.svelte';
import { readDraft } from './local-draft';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

type Call = { method: string; ifMatch: string | null; body: unknown };

/** A fake API: answers each PUT with the next status in line. */
function fakeApi(statuses: number[]) {
  const calls: Call[] = [];
  let version = 3;
  const fetcher = ((_url: string, init: RequestInit) => {
    const headers = new Headers(init.headers);
    calls.push({
      method: init.method ?? 'GET',
      ifMatch: headers.get('if-match'),
      body: JSON.parse(init.body as string),
    });
    const status = statuses.shift() ?? 200;
    if (status === -1) return Promise.reject(new TypeError('fetch failed'));
    if (status === 200)
      return Promise.resolve(Response.json({ id: 'r1', version: ++version, report: {} }));
    return Promise.resolve(
      Response.json({ status, detail: '报告已被他人修改', currentVersion: 9 }, { status }),
    );
  }) as typeof fetch;
  return { calls, fetcher };
}

function setup(statuses: number[]) {
  const storage = new MemoryStorage();
  const api = fakeApi(statuses);
  let report = { value: 1 };
  const autosave = new Autosave({
    reportId: 'r1',
    version: 3,
    read: () => report,
    storage,
    delayMs: 60_000, // tests call flush() themselves
    fetcher: api.fetcher,
  });
  return { autosave, storage, calls: api.calls, edit: (value: number) => (report = { value }) };
}

describe('Autosave', () => {
  it('keeps a local draft at once and saves with If-Match, then drops the draft', async () => {
    const { autosave, storage, calls, edit } = setup([200]);
    edit(2);
    autosave.changed();
    expect(autosave.state).toBe('unsaved');
    expect(readDraft(storage, 'r1')).toMatchObject({ baseVersion: 3, report: { value: 2 } });
    expect(await autosave.flush()).toBe(true);
    expect(calls).toEqual([{ method: 'PUT', ifMatch: '"3"', body: { value: 2 } }]);
    expect(autosave.state).toBe('saved');
    expect(autosave.version).toBe(4);
    expect(readDraft(storage, 'r1')).toBeUndefined();
    autosave.stop();
  });

  it('stops at a newer version on the server and never overwrites it on its own', async () => {
    const { autosave, storage, calls, edit } = setup([409]);
    edit(5);
    autosave.changed();
    expect(await autosave.flush()).toBe(false);
    expect(autosave.conflict).toEqual({ serverVersion: 9 });
    expect(autosave.state).toBe('unsaved');
    edit(6);
    autosave.changed();
    expect(await autosave.flush()).toBe(false);
    expect(calls).toHaveLength(1);
    expect(readDraft(storage, 'r1')?.report).toEqual({ value: 6 });
    autosave.stop();
  });

  it('saves over the newer version only when told to, with that version', async () => {
    const { autosave, calls, edit } = setup([409, 200]);
    edit(5);
    autosave.changed();
    await autosave.flush();
    autosave.resolve(9, { keepMine: true });
    expect(await autosave.flush()).toBe(true);
    expect(calls.at(-1)).toMatchObject({ ifMatch: '"9"', body: { value: 5 } });
    autosave.stop();
  });

  it('keeps the draft and says so when the connection is lost', async () => {
    const { autosave, storage, edit } = setup([-1]);
    edit(7);
    autosave.changed();
    expect(await autosave.flush()).toBe(false);
    expect(autosave.state).toBe('unsaved');
    expect(autosave.problem).toContain('已保存在本机');
    expect(readDraft(storage, 'r1')?.report).toEqual({ value: 7 });
    autosave.stop();
  });
});
