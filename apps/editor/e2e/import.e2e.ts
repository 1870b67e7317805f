import { template2021 } from '@nianbao/schema';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { asEditor } from './as-editor';
import { launchChromium } from './chromium';
import { adminPassword } from './servers';
import { logIn } from './log-in';

const base = inject('baseUrl');
// A county government by its name (31 March), registered without a level; unique per run.
const agencyName = `汇川${String(Date.now() % 100_000)}县人民政府`;

// Undefined if Chromium failed to start: afterAll then has nothing to close.
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;

/** The agency's published 2024 report as copied text: its title and the sections' headings. */
const copiedReport = () =>
  [
    `${agencyName}2024年度政府信息公开工作年度报告`,
    ...template2021.sections.flatMap((section) => [section.heading, '本年度工作情况如下。']),
  ].join('\n');

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'zh-CN' });
  page = await context.newPage();
  await logIn(page, 'admin', adminPassword);
  const me = (await (await context.request.get(`${base}/api/auth/me`)).json()) as {
    agencyId: string;
  };
  const created = await context.request.post(`${base}/api/agencies`, {
    headers: asEditor(base),
    data: { name: agencyName, parentId: me.agencyId },
  });
  expect(created.status()).toBe(201);
});

afterAll(async () => {
  await browser?.close();
});

describe('importing a published report', () => {
  it('offers the level its name infers, and files the draft at the level the user chose', async () => {
    await page.fill('textarea[name=pasted]', copiedReport());
    await page.getByRole('button', { name: '导入为草稿' }).click();
    const confirm = page.getByRole('group', { name: '确认级别' });
    await confirm.waitFor();
    const level = confirm.locator('select[name=level]');
    expect(await level.inputValue()).toBe('county');
    expect(await confirm.locator('[data-deadline]').textContent()).toContain('2025年3月31日');

    await level.selectOption('township');
    await expect
      .poll(() => confirm.locator('[data-deadline]').textContent())
      .toContain('2025年1月31日');
    await confirm.getByRole('button', { name: '确认并导入' }).click();
    await page.waitForURL(/\/reports\/[^/]+$/);

    const id = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    const stored = (await (await context.request.get(`${base}/api/reports/${id}`)).json()) as {
      report: { year: number; agency: { name: string; level?: string } };
    };
    expect(stored.report).toMatchObject({
      year: 2024,
      agency: { name: agencyName, level: 'township' },
    });
  });
});
