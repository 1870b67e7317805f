import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { adminPassword } from './servers';

// The admin pages: an account made, disabled, enabled and reset; the reset forces a new password.
const base = inject('baseUrl');
const made = { username: 'e2e-made', password: 'Made-By-Chief-1' };

let browser: Browser | undefined;
let page: Page;

async function logIn(target: Page, username: string, password: string) {
  await target.goto(`${base}/login`);
  await target.fill('input[name=username]', username);
  await target.fill('input[name=password]', password);
  await target.click('button[type=submit]');
}

beforeAll(async () => {
  browser = await launchChromium();
  page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  await logIn(page, 'admin', adminPassword);
  await page.getByRole('heading', { name: '年度报告' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
});

describe('the admin pages', () => {
  it('create, disable, enable and reset a user, who must then choose a password', async () => {
    await page.getByRole('link', { name: '系统管理' }).click();
    await page.getByRole('heading', { name: '用户', exact: true }).waitFor();
    await page.fill('form.create input[name=username]', made.username);
    await page.fill('form.create input[name=name]', '新同事');
    await page.fill('form.create input[name=password]', made.password);
    await page.selectOption('form.create select[name=agencyId]', { label: '平湖市人民政府' });
    await page.click('form.create button[type=submit]');
    await page.getByRole('status').getByText('已新建用户').waitFor();
    const row = page.getByRole('row').filter({ hasText: made.username });
    const name = row.getByRole('textbox', { name: `${made.username} 的姓名` });
    expect(await name.inputValue()).toBe('新同事');
    await name.fill('林小同');
    await name.press('Tab');
    await page.getByRole('status').getByText('已修改姓名').waitFor();
    await row.getByRole('button', { name: '停用' }).click();
    await row.getByText('已停用').waitFor();
    await row.getByRole('button', { name: '启用' }).click();
    await row.getByText('正常').waitFor();
    await row.getByRole('button', { name: '重置密码' }).click();
    await page.getByRole('dialog').locator('input[name=new-password]').fill('Temp-Reset-Pw-2');
    await page.getByRole('dialog').getByRole('button', { name: '重置' }).click();
    await row.getByText('须修改密码').waitFor();

    const user = await (await browser!.newContext({ locale: 'zh-CN' })).newPage();
    await logIn(user, made.username, 'Temp-Reset-Pw-2');
    await user.waitForURL(/\/account\/password$/);
    await user.getByText('管理员已重置您的密码').waitFor();
    await user.fill('input[name=current-password]', 'Temp-Reset-Pw-2');
    await user.fill('input[name=new-password]', 'Own-Choice-Pw-3');
    await user.fill('input[name=repeat-password]', 'Own-Choice-Pw-3');
    await user.click('button[type=submit]');
    await user.getByRole('heading', { name: '年度报告' }).waitFor();
    // People are shown by name: the header says 林小同, not the login.
    expect(await user.locator('header .who').textContent()).toContain('林小同');
    expect(await user.locator('header .who').textContent()).not.toContain(made.username);
  });

  it('searches the audit log by user', async () => {
    await page.getByRole('link', { name: '审计日志' }).click();
    await page.fill('input[name=user]', made.username);
    await page.click('form.filter button[type=submit]');
    const rows = page.getByRole('row').filter({ hasText: made.username });
    await rows.filter({ hasText: '修改密码' }).first().waitFor();
    expect(await rows.filter({ hasText: '登录' }).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: '校验哈希链' }).click();
    await page.getByText(/哈希链完整：共 \d+ 条记录/).waitFor();
  });

  it("shows the rule catalog and the file's settings read-only from the admin navigation", async () => {
    await page.getByRole('link', { name: '校验规则' }).click();
    await page.getByRole('heading', { name: '校验规则' }).waitFor();
    await page.getByRole('heading', { name: '配置文件的设置（只读）' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'narrative.empty' });
    expect(await row.textContent()).toContain('文字部分不为空');
    expect(await page.getByText('配置文件没有关闭或打开提醒，也没有本地期限。').count()).toBe(1);
  });
});
