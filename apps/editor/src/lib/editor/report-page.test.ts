import type { Report } from '@nianbao/schema';
import { generateReport } from '@nianbao/schema/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReportResource } from '$lib/api/api-client';
import { writeDraft } from './local-draft';
import { memoryStorage } from './memory-storage.test-support';
import { twoInputCells, withCell } from './report-edits.test-support';
import { ReportPage } from './report-page.svelte';
import { workflowActions } from './workflow-actions';

const [first, second] = twoInputCells();
const user = {
  id: 'u1',
  username: 'zhangsan',
  name: '张三',
  agencyId: 'a1',
  role: 'editor',
  createdAt: '',
  disabled: false,
  mustChangePassword: false,
} as const;
const base = generateReport(5);

const resourceOf = (report: Report, version: number, status = 'draft') =>
  ({ id: 'r1', version, status, report }) as unknown as ReportResource;

/** The API as the page's global fetch sees it: one report another user already changed. */
function serve(server: { report: Report; version: number }) {
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    if (url.endsWith('/revisions'))
      return Promise.resolve(Response.json([{ number: server.version, username: '李四' }]));
    if (init.method === 'PUT') {
      if (new Headers(init.headers).get('if-match') !== `"${String(server.version)}"`)
        return Promise.resolve(Response.json({ detail: '版本冲突' }, { status: 409 }));
      server.report = JSON.parse(init.body as string) as Report;
      server.version++;
    }
    return Promise.resolve(Response.json(resourceOf(server.report, server.version)));
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ReportPage', () => {
  it('shows both edits and says so once others’ changes are merged in', async () => {
    const server = { report: withCell(base, second, 77), version: 4 };
    serve(server);
    const page = new ReportPage(resourceOf(base, 3), { user, storage: memoryStorage() });
    page.editor.setCells(new Map([[first.address, 900]]));
    page.autosave.changed();
    expect(await page.autosave.flush()).toBe(true);
    expect(page.editor.computed).toEqual(withCell(withCell(base, second, 77), first, 900));
    expect(page.message?.text).toBe('已合并他人的修改');
    page.autosave.stop();
  });

  it('saves the side chosen for each clash, with every change that did not clash', async () => {
    const server = { report: withCell(base, first, 5), version: 4 };
    serve(server);
    const page = new ReportPage(resourceOf(base, 3), { user, storage: memoryStorage() });
    page.editor.setCells(
      new Map([
        [first.address, 900],
        [second.address, 1],
      ]),
    );
    page.autosave.changed();
    expect(await page.autosave.flush()).toBe(false);
    page.settleClashes({ [first.address]: 'theirs' });
    expect(await page.autosave.flush()).toBe(true);
    expect(server.report).toEqual(withCell(withCell(base, first, 5), second, 1));
    page.autosave.stop();
  });

  it('offers a leftover local copy of a submitted report but never fills the page', () => {
    const storage = memoryStorage();
    const local = withCell(base, first, 4321);
    writeDraft(storage, 'r1', { baseVersion: 3, report: local, savedAt: '2024-01-05T08:00:00Z' });
    const page = new ReportPage(resourceOf(base, 3, 'submitted'), { user, storage });
    expect(page.recovered?.report).toEqual(local);
    page.restoreDraft();
    expect(page.editor.computed).toEqual(base);
    page.autosave.stop();
  });
  it('saves what was typed before 提交 and takes no typing while 提交 is sent', async () => {
    const server = { report: base, version: 3 };
    serve(server);
    const page = new ReportPage(resourceOf(base, 3), { user, storage: memoryStorage() });
    const submit = workflowActions.find((a) => a.action === 'submit' && a.savesFirst);
    if (!submit) throw new Error('no editor step named submit');
    page.editor.setCells(new Map([[first.address, 900]]));
    page.autosave.changed();
    const running = page.run(submit);
    page.editor.setCells(new Map([[second.address, 1]]));
    await running;
    expect(server.report).toEqual(withCell(base, first, 900));
    expect(page.editor.computed).toEqual(withCell(base, first, 900));
    page.autosave.stop();
  });

  it('opens the cells again when 提交 fails', async () => {
    vi.stubGlobal('fetch', () =>
      Promise.resolve(Response.json({ detail: '无法提交' }, { status: 422 })),
    );
    const page = new ReportPage(resourceOf(base, 3), { user, storage: memoryStorage() });
    const submit = workflowActions.find((a) => a.action === 'submit');
    if (!submit) throw new Error('no step named submit');
    await page.run(submit);
    expect(page.message?.kind).toBe('error');
    expect(page.editor.isEditable).toBe(true);
    page.autosave.stop();
  });
});
