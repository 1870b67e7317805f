import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { asEditor } from './as-editor';
import { seriousViolations } from './axe';
import { launchChromium } from './chromium';
import { adminPassword } from './servers';
import { logIn } from './log-in';

const base = inject('baseUrl');
const year = 2025;
const password = 'Problem-Pass-1';
// Agencies of their own, so the other browser suites' reports cannot change these lists.
const cityName = '问题清单测试市人民政府';
const unitName = '问题清单测试市某区人民政府';

let browser: Browser | undefined;
const contexts: BrowserContext[] = [];

/** A signed-in page of a new browser context. */
async function signedIn(username: string, secret: string): Promise<Page> {
  const context = await (browser as Browser).newContext({
    locale: 'zh-CN',
    viewport: { width: 1366, height: 768 },
    acceptDownloads: true,
  });
  contexts.push(context);
  const page = await context.newPage();
  await logIn(page, username, secret);
  return page;
}

let reviewer: Page;
let unit: Page;
let cityId = '';

beforeAll(async () => {
  browser = await launchChromium();
  const admin = await signedIn('admin', adminPassword);
  const post = async (path: string, data: object) => {
    const reply = await admin.request.post(`${base}${path}`, { headers: asEditor(base), data });
    expect(reply.status()).toBe(201);
    return (await reply.json()) as { id: string };
  };
  cityId = (await post('/api/agencies', { name: cityName, parentId: null, level: 'city' })).id;
  const unitId = (
    await post('/api/agencies', { name: unitName, parentId: cityId, level: 'county' })
  ).id;
  await post('/api/users', {
    username: 'pl-reviewer',
    password,
    agencyId: cityId,
    role: 'reviewer',
  });
  await post('/api/users', { username: 'pl-editor', password, agencyId: unitId, role: 'editor' });
  // An empty draft, past its deadline: late, and its prose sections empty.
  await post('/api/reports', { agencyId: unitId, year });
  reviewer = await signedIn('pl-reviewer', password);
  unit = await signedIn('pl-editor', password);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

const item = (page: Page, text: RegExp) => page.locator('[data-item]').filter({ hasText: text });

describe('问题清单 → 整改 → 复核 in a real browser', () => {
  it('lets the city reviewer generate each unit’s 问题清单', async () => {
    await reviewer.getByRole('link', { name: '问题清单', exact: true }).click();
    // Opened on the year before, then 查看 the year: the address keeps the office.
    await reviewer.goto(`${base}/supervision/problems?year=${year - 1}&within=${cityId}`);
    await reviewer.fill('input[name=year]', String(year));
    await reviewer.getByRole('button', { name: '查看', exact: true }).click();
    await reviewer.waitForURL(`${base}/supervision/problems?year=${year}&within=${cityId}`);
    await reviewer.locator('[data-generate]').click();
    await reviewer.getByRole('status').filter({ hasText: '已检查 1 家单位' }).waitFor();
    const section = reviewer.locator(`[data-unit="${unitName}"]`);
    await section
      .locator('[data-item]')
      .filter({ hasText: /逾期未发布/ })
      .waitFor();
    expect(await section.locator('[data-problem-status="open"]').count()).toBeGreaterThan(1);
    expect(await seriousViolations(reviewer)).toEqual([]);
  });

  it('shows the unit its items, which it marks 已整改 with a note and its corrected report', async () => {
    await unit.getByRole('link', { name: '本单位问题', exact: true }).click();
    await unit.goto(`${base}/problems?year=${year}`);
    const late = item(unit, /逾期未发布/);
    await late.waitFor();
    expect(await unit.getByRole('heading', { level: 2 }).first().textContent()).toContain(cityName);
    await late.getByRole('button', { name: '标记已整改' }).click();
    const dialog = unit.getByRole('dialog');
    expect(await seriousViolations(unit)).toEqual([]);
    await dialog.locator('textarea[name=note]').fill('已于 2 月 3 日补充发布');
    await dialog.locator('select[name=reportId]').selectOption({ index: 1 });
    await dialog.getByRole('button', { name: '确认已整改' }).click();
    await late.locator('[data-problem-status="rectified"]').waitFor();
    expect(await late.getByRole('button', { name: '标记已整改' }).count()).toBe(0);
  });

  it('lets the reviewer 复核 the rectified item', async () => {
    await reviewer.reload();
    const late = item(reviewer, /逾期未发布/);
    await late.locator('[data-problem-status="rectified"]').waitFor();
    expect(await late.textContent()).toContain('整改说明：已于 2 月 3 日补充发布');
    expect(await late.getByRole('link', { name: '查看更正后的报告' }).count()).toBe(1);
    await late.getByRole('button', { name: '复核通过' }).click();
    const dialog = reviewer.getByRole('dialog');
    await dialog.locator('textarea[name=note]').fill('已核实');
    await dialog.getByRole('button', { name: '确认通过' }).click();
    await late.locator('[data-problem-status="verified"]').waitFor();
    expect(await reviewer.locator('[data-counts]').textContent()).toMatch(/复核通过 1$/);
  });

  it('downloads the draft 通报 as Word and as PDF', async () => {
    for (const [format, magic] of [
      ['docx', 'PK'],
      ['pdf', '%PDF-'],
    ] as const) {
      const [download] = await Promise.all([
        reviewer.waitForEvent('download'),
        reviewer.locator(`[data-notice="${format}"]`).click(),
      ]);
      expect(download.suggestedFilename()).toBe(
        `关于${year}年度政府信息公开工作年度报告检查情况的通报（草稿）.${format}`,
      );
      const bytes = readFileSync(await download.path());
      expect(bytes.subarray(0, magic.length).toString('latin1')).toBe(magic);
    }
  });
});
