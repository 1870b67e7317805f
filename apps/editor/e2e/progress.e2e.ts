import { computeTotals, type Report } from '@nianbao/schema';
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { asEditor } from './as-editor';
import { seriousViolations } from './axe';
import { launchChromium } from './chromium';
import { adminPassword } from './servers';
import { logIn } from './log-in';

const base = inject('baseUrl');
const suffix = String(Date.now() % 1_000_000);
const password = 'Progress-Pass-1';
const city = `进度测试市${suffix}`;
const units = ['甲镇', '乙镇', '丙镇'].map((name) => `${city}${name}`);
const year = 2024;

let browser: Browser | undefined;
let reviewer: Page;
let editor: Page;

async function post(api: APIRequestContext, path: string, data: unknown) {
  const reply = await api.post(`${base}${path}`, { headers: asEditor(base), data });
  if (!reply.ok()) throw new Error(`${path}: ${reply.status()} ${await reply.text()}`);
  return (await reply.json()) as { id: string; report: Report };
}

/** A clean report of the unit, submitted for review. */
async function submitted(api: APIRequestContext, agencyId: string) {
  const created = await post(api, '/api/reports', { agencyId, year });
  const report = computeTotals({
    ...created.report,
    narrative: { overview: '概述。', problems: '问题。', other: '无。' },
  });
  const saved = await api.put(`${base}/api/reports/${created.id}`, {
    headers: asEditor(base, { 'if-match': '"1"' }),
    data: report,
  });
  if (!saved.ok()) throw new Error(`save: ${saved.status()}`);
  await post(api, `/api/reports/${created.id}/submit`, {});
}

async function signIn(username: string, pass: string): Promise<Page> {
  const context = await browser!.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await logIn(page, username, pass);
  return page;
}

beforeAll(async () => {
  browser = await launchChromium();
  const admin = await signIn('admin', adminPassword);
  const api = admin.context().request;
  const top = await post(api, '/api/agencies', { name: city, parentId: null, level: 'city' });
  const ids = [];
  for (const name of units)
    ids.push((await post(api, '/api/agencies', { name, parentId: top.id, level: 'township' })).id);
  const user = (username: string, agencyId: string, role: string) =>
    post(api, '/api/users', { username, password, agencyId, role });
  await user(`review${suffix}`, top.id, 'reviewer');
  await user(`unit${suffix}`, ids[0] ?? '', 'editor');
  await submitted(api, ids[0] ?? '');
  await submitted(api, ids[1] ?? '');
  reviewer = await signIn(`review${suffix}`, password);
  editor = await signIn(`unit${suffix}`, password);
});

afterAll(async () => {
  await browser?.close();
});

const row = (name: string) => reviewer.locator(`tr[data-agency="${name}"]`);

describe('填报进度 for a city reviewer', () => {
  it('shows which units are late, and stays accessible on a laptop screen', async () => {
    for (const size of [
      { width: 1366, height: 768 },
      { width: 1024, height: 768 },
    ]) {
      await reviewer.setViewportSize(size);
      await reviewer.goto(`${base}/supervision/progress?year=${String(year)}`);
      await reviewer.locator('[data-count="逾期"]').click();
      await reviewer.waitForURL(/overdue=true/);
      await row(units[2] ?? '').waitFor();
      expect(await reviewer.locator('[data-count="逾期"]').textContent()).toContain('4');
      expect(await row(units[2] ?? '').textContent()).toMatch(/未填报.*逾期 \d+ 天.*逾期/);
      expect(await seriousViolations(reviewer)).toEqual([]);
      const sideways = await reviewer.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(sideways).toBe(0);
      await reviewer.screenshot({ path: `/tmp/s4-progress-${String(size.width)}.png` });
    }
  });

  it('sends two late units a 催报 that the unit’s editor reads as a message', async () => {
    await reviewer.getByRole('checkbox', { name: `选择 ${units[0] ?? ''}` }).check();
    await reviewer.getByRole('checkbox', { name: `选择 ${units[2] ?? ''}` }).check();
    await reviewer.getByRole('button', { name: '催报' }).click();
    await expect
      .poll(() => reviewer.locator('[data-batch-result]').textContent())
      .toContain('已向 2 个机关发送催报');
    await editor.goto(`${base}/`);
    const link = editor.getByRole('link', { name: '未读消息 1 条' });
    await link.click();
    await editor.waitForURL(/\/messages$/);
    expect(await editor.locator('[data-message="reminder"]').textContent()).toContain(
      `${String(year)}年度报告`,
    );
    expect(await seriousViolations(editor)).toEqual([]);
    await editor.getByRole('button', { name: '标为已读', exact: true }).click();
    await editor.getByRole('link', { name: '消息', exact: true }).waitFor();
  });

  it('approves the two submitted reports at once, naming each result', async () => {
    await reviewer.locator('[data-count="待审核"]').click();
    await reviewer.waitForURL(/status=submitted/);
    await row(units[1] ?? '').waitFor();
    await reviewer.getByRole('checkbox', { name: '全选本页' }).check();
    await reviewer.getByRole('button', { name: '批量通过' }).click();
    const result = reviewer.locator('[data-batch-result]');
    await expect.poll(() => result.textContent()).toContain('成功 2 份，未成功 0 份');
    expect(await result.textContent()).toContain(`${units[1] ?? ''}：成功`);
    await expect.poll(() => reviewer.locator('[data-count="待审核"]').textContent()).toContain('0');
    // The unit hears of its approval.
    await editor.goto(`${base}/messages`);
    await expect.poll(() => editor.locator('[data-message="approved"]').count()).toBe(1);
  });
});
