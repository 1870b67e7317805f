import { readFileSync } from 'node:fs';
import { generateReport } from '@nianbao/schema/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { adminPassword } from './servers';
import { asEditor } from './as-editor';
import { logIn } from './log-in';

const base = inject('baseUrl');
const cell = (address: string) => `[data-cell="${address}"]`;
const other = { username: 'e2e-merge-editor', password: 'Merge-Pass-1' };

// Undefined if Chromium failed to start: afterAll then has nothing to close.
let browser: Browser | undefined;
let mine: { context: BrowserContext; page: Page };
let theirs: { context: BrowserContext; page: Page };
let agencyId = '';

async function loggedIn(username: string, password: string) {
  if (!browser) throw new Error('no browser');
  const context = await browser.newContext({ acceptDownloads: true, locale: 'zh-CN' });
  const page = await context.newPage();
  await logIn(page, username, password);
  return { context, page };
}

/** A new report of `year` for the shared agency; resolves to its id. */
async function newReport(body: Record<string, unknown>): Promise<string> {
  const created = await mine.context.request.post(`${base}/api/reports`, {
    headers: asEditor(base),
    data: { agencyId, ...body },
  });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

async function open(page: Page, id: string) {
  await page.goto(`${base}/reports/${id}`);
  await page.waitForSelector(cell('requests.received.natural'));
}

async function typeInto(page: Page, address: string, text: string) {
  await page.focus(cell(address));
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
}

const saved = (page: Page) => page.waitForSelector('[data-save-state="saved"]');
const serverReport = async (id: string) =>
  (
    (await (await mine.context.request.get(`${base}/api/reports/${id}`)).json()) as {
      report: { requests: Record<string, Record<string, number>> };
    }
  ).report;

beforeAll(async () => {
  browser = await launchChromium();
  mine = await loggedIn('admin', adminPassword);
  const me = (await (await mine.context.request.get(`${base}/api/auth/me`)).json()) as {
    agencyId: string;
  };
  agencyId = me.agencyId;
  const created = await mine.context.request.post(`${base}/api/users`, {
    headers: asEditor(base),
    data: { ...other, agencyId, role: 'editor' },
  });
  expect(created.status()).toBe(201);
  theirs = await loggedIn(other.username, other.password);
});

afterAll(async () => {
  await browser?.close();
});

describe('two people editing one report', () => {
  let id = '';

  it('keeps both edits of different cells, on the server and on both screens', async () => {
    id = await newReport({ year: 2024 });
    await open(mine.page, id);
    await open(theirs.page, id);
    await typeInto(theirs.page, 'requests.received.legalService', '6');
    await saved(theirs.page);
    // Mine still shows the version both started from: its save meets a 409 and merges.
    await typeInto(mine.page, 'requests.received.natural', '5');
    await mine.page.getByText('已合并他人的修改').waitFor();
    await saved(mine.page);
    expect(await mine.page.inputValue(cell('requests.received.legalService'))).toBe('6');
    expect(await mine.page.inputValue(cell('requests.received.natural'))).toBe('5');
    expect((await serverReport(id)).requests.received).toMatchObject({
      natural: 5,
      legalService: 6,
    });
    for (const { page } of [mine, theirs]) {
      await page.reload();
      await page.waitForSelector(cell('requests.received.natural'));
      expect(await page.inputValue(cell('requests.received.natural'))).toBe('5');
      expect(await page.inputValue(cell('requests.received.legalService'))).toBe('6');
    }
  });

  it('asks about the same cell, showing both values and who made the other change', async () => {
    await typeInto(theirs.page, 'requests.received.natural', '8');
    await saved(theirs.page);
    await typeInto(mine.page, 'requests.received.natural', '7');
    const dialog = mine.page.getByRole('dialog', { name: `${other.username} 修改了同样的内容` });
    await dialog.waitFor();
    const clash = dialog.locator('[data-address="requests.received.natural"]');
    expect(await clash.locator('[data-side="mine"]').textContent()).toBe('7');
    expect(await clash.locator('[data-side="theirs"]').textContent()).toBe('8');
    await dialog.getByRole('button', { name: '全部保留我的' }).click();
    await dialog.getByRole('button', { name: '保存所选' }).click();
    await dialog.waitFor({ state: 'detached' });
    await saved(mine.page);
    expect((await serverReport(id)).requests.received?.natural).toBe(7);
    expect(await mine.page.inputValue(cell('requests.received.natural'))).toBe('7');
  });

  it('merges prose typed through an input method with another edit of a cell', async () => {
    await open(mine.page, id);
    await open(theirs.page, id);
    await typeInto(theirs.page, 'requests.received.research', '3');
    await saved(theirs.page);
    const overview = '[data-field="narrative.overview"]';
    await mine.page.focus(overview);
    const cdp = await mine.context.newCDPSession(mine.page);
    await cdp.send('Input.imeSetComposition', { text: 'zhu', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.imeSetComposition', {
      text: 'zhudong',
      selectionStart: 7,
      selectionEnd: 7,
    });
    await cdp.send('Input.insertText', { text: '主动公开' });
    await cdp.detach();
    await mine.page.keyboard.press('Tab');
    await mine.page.getByText('已合并他人的修改').waitFor();
    await saved(mine.page);
    expect(await mine.page.inputValue(overview)).toBe('主动公开');
    expect(await mine.page.inputValue(cell('requests.received.research'))).toBe('3');
    await theirs.page.reload();
    await theirs.page.waitForSelector(overview);
    expect(await theirs.page.inputValue(overview)).toBe('主动公开');
  });
});

describe('a leftover local copy', () => {
  it('is offered as a download on a submitted report, and never fills the page', async () => {
    // A draft cannot carry a publication date: the report starts without one.
    const report: Record<string, unknown> = { ...generateReport(11), year: 2022 };
    delete report.publishedOn;
    const id = await newReport({ report });
    await open(mine.page, id);
    const shown = await mine.page.inputValue(cell('requests.received.natural'));
    const local = structuredClone(report) as { requests: { received: { natural: number } } };
    local.requests.received.natural = 4321;
    await mine.page.evaluate(({ key, draft }) => localStorage.setItem(key, JSON.stringify(draft)), {
      key: `nianbao:draft:${id}`,
      draft: { baseVersion: 1, report: local, savedAt: new Date().toISOString() },
    });
    const current = (await (
      await mine.context.request.get(`${base}/api/reports/${id}`)
    ).json()) as {
      version: number;
    };
    const submitted = await mine.context.request.post(`${base}/api/reports/${id}/submit`, {
      data: {},
      headers: asEditor(base, { 'if-match': `"${String(current.version)}"` }),
    });
    expect(submitted.status()).toBe(200);
    await mine.page.reload();
    await mine.page.waitForSelector('[data-status="submitted"]');
    expect(await mine.page.getByRole('button', { name: '恢复本机的修改' }).count()).toBe(0);
    const downloaded = mine.page.waitForEvent('download');
    await mine.page.click('[data-action="download-draft"]');
    const download = await downloaded;
    expect(download.suggestedFilename()).toMatch(/（本机未保存的修改）\.json$/);
    const saved = JSON.parse(readFileSync(await download.path(), 'utf8')) as typeof local;
    expect(saved.requests.received.natural).toBe(4321);
    expect(await mine.page.inputValue(cell('requests.received.natural'))).toBe(shown);
  });
});
