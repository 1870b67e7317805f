import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { adminPassword } from './servers';
import { asEditor } from './as-editor';
import { logIn } from './log-in';

const base = inject('baseUrl');
const todayInChina = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

// Undefined if Chromium failed to start: afterAll then has nothing to close.
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;

/** The id of the seeded, published 2021 report of 平湖市独山港经济开发区（独山港镇）. */
async function seededOriginal(): Promise<string> {
  const agencies = (await (await context.request.get(`${base}/api/agencies`)).json()) as {
    id: string;
    name: string;
  }[];
  const township = agencies.find((a) => a.name.includes('独山港'))?.id ?? '';
  const list = await context.request.get(
    `${base}/api/reports?agencyId=${township}&year=2021&status=published`,
  );
  return ((await list.json()) as { items: { id: string }[] }).items[0]?.id ?? '';
}

/** Clicks a workflow step and answers its dialog, which says what the step will do. */
async function step(action: string, consequence: RegExp) {
  await page.click(`[data-action="${action}"]`);
  const dialog = page.getByRole('dialog');
  expect(await dialog.locator('.consequence').textContent()).toMatch(consequence);
  await dialog.getByRole('button', { name: /^确认/ }).click();
}

beforeAll(async () => {
  const launched = await launchChromium();
  browser = launched;
  context = await launched.newContext({ locale: 'zh-CN' });
  page = await context.newPage();
  await logIn(page, 'admin', adminPassword);
});

afterAll(async () => {
  await browser?.close();
});

describe('workflow safety in a real browser', () => {
  let originalId = '';
  let correctionUrl = '';

  it('shows a correction as one: 更正 banner with its reason and a link to the original', async () => {
    originalId = await seededOriginal();
    const created = await context.request.post(`${base}/api/reports/${originalId}/corrections`, {
      headers: asEditor(base),
      data: { reason: '表三行政复议数字有误，予以更正。' },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    correctionUrl = `${base}/reports/${id}`;
    await page.goto(correctionUrl);
    const banner = page.locator('[data-correction-banner]');
    expect(await banner.textContent()).toContain('更正说明：表三行政复议数字有误，予以更正。');
    expect(await page.locator('h1').textContent()).toMatch(/（更正）$/);
    await banner.getByRole('link', { name: '查看原报告' }).click();
    await page.waitForURL(`${base}/reports/${originalId}`);
    await page.waitForSelector('[data-status="published"]');
  });

  it('asks before 提交, and lets the editor 撤回 a submission not yet reviewed', async () => {
    await page.goto(correctionUrl);
    await page.waitForSelector('[data-status="draft"]');
    await page.click('[data-action="submit"]');
    await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.getAttribute('[data-status]', 'data-status')).toBe('draft');
    await step('submit', /交审核人审核/);
    await page.waitForSelector('[data-status="submitted"]');
    await step('withdraw', /撤回为草稿/);
    await page.waitForSelector('[data-status="draft"]');
    await step('submit', /交审核人审核/);
    await page.waitForSelector('[data-status="submitted"]');
    await step('approve', /将审核通过/);
    await page.waitForSelector('[data-status="approved"]');
  });

  it('publishes on a chosen date, warning before publishing when the date is late', async () => {
    await page.click('[data-action="publish"]');
    const dialog = page.getByRole('dialog');
    const date = dialog.locator('input[name=publishedOn]');
    expect(await date.inputValue()).toBe(todayInChina());
    // 2021's township deadline is 2022-01-31: today is late, a January date is not.
    const warning = dialog.getByRole('alert');
    expect(await warning.textContent()).toContain('晚于');
    await date.fill('2022-01-20');
    await expect.poll(() => warning.count()).toBe(0);
    await date.fill(todayInChina());
    await warning.waitFor();
    await dialog.getByRole('button', { name: '确认发布' }).click();
    await page.waitForSelector('[data-status="published"]');
    const id = correctionUrl.split('/').at(-1) ?? '';
    const stored = (await (await context.request.get(`${base}/api/reports/${id}`)).json()) as {
      report: { publishedOn?: string };
    };
    expect(stored.report.publishedOn).toBe(todayInChina());
  });

  it('marks the corrected original with a banner linking to its correction', async () => {
    await page.goto(`${base}/reports/${originalId}`);
    const banner = page.locator('[data-corrected-banner]');
    expect(await banner.textContent()).toContain('本报告已被更正');
    await banner.getByRole('link', { name: '查看更正版本' }).click();
    await page.waitForURL(correctionUrl);
  });

  it('offers a cancel or a starting point when an import names another body', async () => {
    const text = readFileSync(
      new URL(
        '../../../packages/schema/fixtures/published/2019-shanghai-govoffice.txt',
        import.meta.url,
      ),
      'utf8',
    );
    await page.goto(`${base}/`);
    const agencies = page.locator('select[name=agency]');
    await agencies.selectOption({ label: '江南市人民政府' });
    await page.fill('textarea[name=pasted]', text);
    await page.getByRole('button', { name: '导入为草稿' }).click();
    const choice = page.locator('[data-import-choice]');
    expect(await choice.textContent()).toContain('上海市人民政府办公厅');
    await choice.getByRole('button', { name: '取消' }).click();
    expect(await choice.count()).toBe(0);
    expect(page.url()).toBe(`${base}/`);
    await page.getByRole('button', { name: '导入为草稿' }).click();
    await choice.getByRole('button', { name: '参照此报告创建本机关草稿' }).click();
    const confirm = page.getByRole('group', { name: '确认级别' });
    // A county government: 31 March, whether its level is stored or inferred from its name.
    expect(await confirm.textContent()).toContain('公开截止日期：2020年3月31日');
    await confirm.getByRole('button', { name: '确认并导入' }).click();
    await page.waitForURL(/\/reports\//);
    expect(await page.locator('h1').textContent()).toBe(
      '江南市人民政府2019年度政府信息公开工作年度报告',
    );
    expect(await page.inputValue('[data-field="narrative.overview"]')).toMatch(
      /^（本稿参照上海市人民政府办公厅2019年度报告导入/,
    );
  });

  it('deletes a draft only after asking, and it leaves the list', async () => {
    const draftUrl = page.url();
    await page.click('[data-action="delete"]');
    const dialog = page.getByRole('dialog', { name: '删除草稿' });
    expect(await dialog.textContent()).toContain('修订历史保留');
    await dialog.getByRole('button', { name: '确认删除' }).click();
    await page.waitForURL(`${base}/`);
    const id = draftUrl.split('/').at(-1) ?? '';
    expect((await context.request.get(`${base}/api/reports/${id}`)).status()).toBe(404);
  });
});
