import { computeTotals, type Report } from '@nianbao/schema';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { asEditor } from './as-editor';
import { seriousViolations } from './axe';
import { launchChromium } from './chromium';
import { adminPassword } from './servers';
import { logIn } from './log-in';

const base = inject('baseUrl');
const reviewer = { username: 'jiahe-reviewer', password: 'Jiahe-Review-Pass-7' };
const received = 'requests.received.natural';

// Undefined if Chromium failed to start: afterAll then has nothing to close.
let browser: Browser | undefined;
let admin: BrowserContext;
let context: BrowserContext;
let page: Page;
let cityId = '';
/** What the two units' reports hold in the received cell, in the order they are created. */
const unitValues: number[] = [];

async function api<T>(method: 'GET' | 'POST', path: string, data?: unknown): Promise<T> {
  const response = await admin.request.fetch(`${base}${path}`, {
    method,
    headers: asEditor(base),
    ...(data === undefined ? {} : { data }),
  });
  if (!response.ok())
    throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A unit below the city with a published 2021 report: the seeded one, `extra` more received. */
async function publishedUnit(name: string, seeded: Report, extra: number): Promise<void> {
  const unit = await api<{ id: string }>('POST', '/api/agencies', {
    name,
    parentId: cityId,
    level: 'department',
  });
  const report = structuredClone(seeded);
  const requests = report.requests as Record<string, Record<string, number>>;
  (requests.received as Record<string, number>).natural! += extra;
  (requests.granted as Record<string, number>).natural! += extra;
  const created = await api<{ id: string }>('POST', '/api/reports', {
    agencyId: unit.id,
    report: computeTotals(report),
  });
  for (const step of ['submit', 'approve', 'publish'])
    await api('POST', `/api/reports/${created.id}/${step}`);
  unitValues.push(requests.received?.natural ?? NaN);
}

beforeAll(async () => {
  browser = await launchChromium();
  admin = await browser.newContext({ locale: 'zh-CN' });
  await api('POST', '/api/auth/login', { username: 'admin', password: adminPassword });
  const city = await api<{ id: string }>('POST', '/api/agencies', {
    name: '嘉禾市人民政府',
    parentId: null,
    level: 'city',
  });
  cityId = city.id;
  await api('POST', '/api/users', { ...reviewer, agencyId: cityId, role: 'reviewer' });
  const agencies = await api<{ id: string; name: string }[]>('GET', '/api/agencies');
  const township = agencies.find((a) => a.name.includes('独山港'))?.id ?? '';
  const list = await api<{ items: { id: string }[] }>(
    'GET',
    `/api/reports?agencyId=${township}&year=2021&status=published`,
  );
  const seeded = await api<{ report: Report }>('GET', `/api/reports/${list.items[0]?.id ?? ''}`);
  await publishedUnit('嘉禾市教育局', seeded.report, 0);
  await publishedUnit('嘉禾市财政局', seeded.report, 4);
  await api('POST', '/api/agencies', {
    name: '嘉禾市民政局',
    parentId: cityId,
    level: 'department',
  });

  context = await browser.newContext({ locale: 'zh-CN', acceptDownloads: true });
  page = await context.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
  await logIn(page, reviewer.username, reviewer.password);
});

afterAll(async () => {
  await browser?.close();
});

const sum = () => unitValues.reduce((total, value) => total + value, 0);

describe('the 汇总 page of a city reviewer', () => {
  it('opens from the nav on the city, with its units, missing ones and charts drawn', async () => {
    await page.getByRole('link', { name: '汇总', exact: true }).click();
    await page.waitForURL(/\/supervision\/rollup/);
    await page.goto(`${base}/supervision/rollup?year=2021&within=${cityId}`);
    await page.getByRole('heading', { name: '2021年度嘉禾市人民政府汇总' }).waitFor();
    const included = page.locator('[data-units="included"] li');
    expect(await included.allTextContents()).toEqual(['嘉禾市财政局', '嘉禾市教育局']);
    expect(await page.locator('[data-units="missing"] li').allTextContents()).toEqual([
      '嘉禾市民政局',
    ]);
    for (const chart of ['chart-units', 'chart-history', 'chart-outcomes']) {
      // Bars and slices are filled paths; axis lines alone are not a chart.
      const drawn = page.locator(`[data-chart="${chart}"] svg path:not([fill="none"])`);
      await drawn.first().waitFor({ state: 'attached' });
      expect(await drawn.count()).toBeGreaterThan(0);
    }
    expect(await page.locator(`td[data-cell="${received}"]`).textContent()).toBe(String(sum()));
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows which units make up a cell, largest first, with links to their reports', async () => {
    await page.locator(`td[data-cell="${received}"] button`).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.locator('[data-drill-down]').waitFor();
    expect(await dialog.locator('tbody th').allTextContents()).toEqual([
      '嘉禾市财政局',
      '嘉禾市教育局',
    ]);
    expect(await dialog.locator('tbody td').allTextContents()).toEqual(
      [...unitValues].reverse().map(String),
    );
    expect(await dialog.locator('[data-drill-total]').textContent()).toBe(String(sum()));
    expect(await dialog.getByRole('link', { name: '嘉禾市财政局' }).getAttribute('href')).toMatch(
      /^\/reports\//,
    );
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: '关闭' }).click();
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  it('exports the 汇总 to Excel and PDF', async () => {
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-export="xlsx"]'),
    ]);
    expect(xlsx.suggestedFilename()).toBe('2021年度嘉禾市人民政府汇总.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await xlsx.path());
    const values: unknown[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => values.push(c.value))));
    expect(values).toContain(sum());
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-export="pdf"]'),
    ]);
    expect(pdf.suggestedFilename()).toBe('2021年度嘉禾市人民政府汇总.pdf');
    expect(
      readFileSync(await pdf.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('starts the city’s own report from the 汇总: its table 三 holds the sum', async () => {
    await page.click('[data-action="from-rollup"]');
    await page.waitForURL(/\/reports\/[^/]+$/);
    await page.waitForSelector(`[data-cell="${received}"]`);
    expect(await page.inputValue(`[data-cell="${received}"]`)).toBe(String(sum()));
    expect(await page.locator('h1').textContent()).toContain('嘉禾市人民政府2021年度');
    const own = page.url();
    // A second try is refused, with a link to the report that is in the way.
    await page.goBack();
    await page.click('[data-action="from-rollup"]');
    const refusal = page.getByRole('alert').filter({ hasText: '已存在' });
    await refusal.getByRole('link', { name: '打开已有的报告' }).click();
    await page.waitForURL(own);
  });
});

describe('the 汇总 page at 1024 px', () => {
  it('keeps the tables and charts within the page', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`${base}/supervision/rollup?year=2021&within=${cityId}`);
    await page.locator('[data-chart="chart-units"] svg').waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
