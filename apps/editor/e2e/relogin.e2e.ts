import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { adminPassword } from './servers';
import { logIn } from './log-in';

// Autosave meets an expired session: a dialog asks for the password, then the save goes through.
const base = inject('baseUrl');
const user = { username: 'e2e-relogin', password: 'Relogin-Pass-1' };
const cell = '[data-cell="requests.received.natural"]';

let browser: Browser | undefined;
let page: Page;
let adminToken = '';
let userId = '';

async function api(method: string, path: string, body?: unknown) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : {}) as { id: string; agencyId: string },
  };
}

beforeAll(async () => {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: adminPassword }),
  });
  adminToken = ((await login.json()) as { token: string }).token;
  const admin = await api('GET', '/api/auth/me');
  const created = await api('POST', '/api/users', {
    ...user,
    agencyId: admin.body.agencyId,
    role: 'editor',
  });
  userId = created.body.id;
  browser = await launchChromium();
  page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  await logIn(page, user.username, user.password);
  await page.fill('input[name=year]', '2042');
  await page.click('form button[type=submit]');
  await page.waitForURL(/\/reports\//);
  await page.waitForSelector(cell);
});

afterAll(async () => {
  await browser?.close();
});

describe('an expired session while editing', () => {
  it('asks to log in again with the name filled in, then saves what was typed', async () => {
    // Disabling and enabling the account ends its sessions, as an idle timeout would.
    expect((await api('PATCH', `/api/users/${userId}`, { disabled: true })).status).toBe(200);
    expect((await api('PATCH', `/api/users/${userId}`, { disabled: false })).status).toBe(200);
    await page.fill(cell, '37');
    await page.keyboard.press('Tab');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: '登录已过期' }).waitFor();
    expect(await dialog.locator('input[name=username]').inputValue()).toBe(user.username);
    await dialog.locator('input[name=password]').fill(user.password);
    await dialog.getByRole('button', { name: '重新登录并保存' }).click();
    await page.waitForSelector('[data-save-state="saved"]');
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.reload();
    await page.waitForSelector(cell);
    expect(await page.inputValue(cell)).toBe('37');
  });
});
