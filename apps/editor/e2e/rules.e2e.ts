import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { asEditor } from './as-editor';
import { seriousViolations } from './axe';
import { launchChromium } from './chromium';
import { adminPassword } from './servers';
import { logIn as logInOn } from './log-in';

// An admin switches a warning off for one subtree in /admin/rules; the unit's report stops showing it.
const base = inject('baseUrl');
const unit = { username: 'e2e-rules-editor', password: 'Rules-Pass-1', agency: '规则测试局' };

let browser: Browser | undefined;
let admin: Page;
let editor: Page;
let reportUrl = '';

const logIn = async (context: BrowserContext, username: string, password: string) =>
  logInOn(await context.newPage(), username, password);

/** The unit: an agency of its own (the pack touches no other test), an editor and a report. */
async function makeUnit(context: BrowserContext): Promise<string> {
  const post = async (path: string, data: unknown) => {
    const reply = await context.request.post(`${base}${path}`, { data, headers: asEditor(base) });
    if (!reply.ok()) throw new Error(`${path}: ${reply.status()} ${await reply.text()}`);
    return (await reply.json()) as { id: string };
  };
  const agency = await post('/api/agencies', { name: unit.agency, level: 'county' });
  await post('/api/users', { ...unit, agencyId: agency.id, role: 'editor' });
  const report = await post('/api/reports', { agencyId: agency.id, year: 2023 });
  return `${base}/reports/${report.id}`;
}

/** The rules of the findings the unit's report page lists once its agency's pack is in. */
async function shownRules(): Promise<string[]> {
  const pack = editor.waitForResponse((r) => r.url().endsWith('/rule-pack'));
  await editor.goto(reportUrl);
  await pack;
  await editor.getByTestId('findings-summary').waitFor();
  return editor
    .locator('section.findings button[data-rule]')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-rule') ?? ''));
}

beforeAll(async () => {
  browser = await launchChromium();
  const adminContext = await browser.newContext({ locale: 'zh-CN' });
  admin = await logIn(adminContext, 'admin', adminPassword);
  reportUrl = await makeUnit(adminContext);
  editor = await logIn(await browser.newContext({ locale: 'zh-CN' }), unit.username, unit.password);
});

afterAll(async () => {
  await browser?.close();
});

describe('rule packs made in the admin UI', () => {
  it('switches a warning off for a subtree: the unit no longer sees it, and sees it again once deleted', async () => {
    expect(await shownRules()).toContain('narrative.empty');

    await admin.goto(`${base}/admin/rules`);
    await admin.getByRole('heading', { name: '校验规则' }).waitFor();
    await admin.getByRole('button', { name: '新建规则设置' }).click();
    await admin.selectOption('select[name=within]', { label: unit.agency });
    await admin.uncheck('input[name=warning][value="narrative.empty"]');
    await admin.fill('input[name=deadline]', '01-20');
    expect(await seriousViolations(admin)).toEqual([]);
    await admin.getByRole('button', { name: '保存' }).click();
    await admin.getByRole('status').getByText('已保存，立即生效').waitFor();
    const row = admin
      .getByRole('table', { name: '本页建立的设置（可修改）' })
      .getByRole('row')
      .filter({ hasText: `${unit.agency}及下属机关` });
    await row.getByText('次年 01-20').waitFor();
    expect(await row.textContent()).toContain('文字部分不为空');
    expect(await seriousViolations(admin)).toEqual([]);

    expect(await shownRules()).not.toContain('narrative.empty');
    expect(await editor.getByTestId('findings-summary').textContent()).toContain('未发现问题');

    await row.getByRole('button', { name: /^删除/ }).click();
    await admin.getByRole('dialog').getByRole('button', { name: '删除' }).click();
    await admin.getByRole('status').getByText('已删除这组规则设置').waitFor();
    await row.waitFor({ state: 'detached' });
    expect(await shownRules()).toContain('narrative.empty');
  });
});
