import { computeTotals, validate, type Report } from '@nianbao/schema';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './axe';
import { asEditor } from './as-editor';
import { launchChromium } from './chromium';
import { adminPassword } from './servers';
import { logIn } from './log-in';

const base = inject('baseUrl');
const previousOf = (address: string) => `[data-previous="${address}"]`;
const added = '全年新增公开重大建设项目批准信息86条。';
const note = '全年未发生因政府信息公开引发的行政复议被纠错情形。';

let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let reportUrl = '';

type Columns = Record<string, number>;
type Tables = Record<string, Record<string, Columns>>;

/** 2023 from the seeded 2022 report of 江南市: carried over as the rules ask, received 412 → 722. */
function thisYear(last: Report): Report {
  const report = structuredClone(last) as unknown as Tables & Report;
  const requests = report.requests as Record<string, Columns>;
  const lastRequests = (last as unknown as Tables).requests ?? {};
  for (const column of Object.keys(requests.received ?? {})) {
    const carried = lastRequests.carriedForward?.[column] ?? 0;
    const handled = lastRequests.handledTotal?.[column] ?? 0;
    requests.carriedOver![column] = carried;
    requests.received![column] = handled; // handled + carried forward = received + carried over
  }
  requests.received!.natural! += 300;
  requests.granted!.natural! += 300;
  const overview = report.narrative.overview ?? '';
  const cut = overview.indexOf('。') + 1;
  report.narrative.overview = `${overview.slice(0, cut)}${added}${overview.slice(cut)}`;
  return computeTotals({ ...report, year: 2023, publishedOn: undefined });
}

async function json<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(`${base}${url}`);
  expect(response.status(), url).toBe(200);
  return (await response.json()) as T;
}

/** As the admin: 江南市's 2023 report, submitted, and a reviewer of 江南市 to read it. */
async function submittedReport(request: APIRequestContext): Promise<string> {
  const login = await request.post(`${base}/api/auth/login`, {
    data: { username: 'admin', password: adminPassword },
    headers: asEditor(base),
  });
  expect(login.status()).toBe(200);
  const agencies = await json<{ id: string; name: string }[]>(request, '/api/agencies');
  const agencyId = agencies.find((a) => a.name === '江南市人民政府')?.id ?? '';
  const query = `agencyId=${agencyId}&year=2022&status=published`;
  const [listed] = (await json<{ items: { id: string }[] }>(request, `/api/reports?${query}`))
    .items;
  const last = await json<{ report: Report }>(request, `/api/reports/${listed?.id ?? ''}`);
  const report = thisYear(last.report);
  const errors = validate(report, { previous: last.report }).filter((f) => f.severity === 'error');
  expect(errors.map((f) => f.message)).toEqual([]);
  const created = await request.post(`${base}/api/reports`, {
    data: { agencyId, report },
    headers: asEditor(base),
  });
  expect(created.status()).toBe(201);
  const { id, version } = (await created.json()) as { id: string; version: number };
  // A second saved record: a sentence added to the end of a section.
  const other = report.narrative.other ?? '';
  const saved = await request.put(`${base}/api/reports/${id}`, {
    data: { ...report, narrative: { ...report.narrative, other: `${other}${note}` } },
    headers: asEditor(base, { 'if-match': `"${version}"` }),
  });
  expect(saved.status()).toBe(200);
  const submitted = await request.post(`${base}/api/reports/${id}/submit`, {
    data: {},
    headers: asEditor(base, { 'if-match': `"${version + 1}"` }),
  });
  expect(submitted.status()).toBe(200);
  const reviewer = await request.post(`${base}/api/users`, {
    headers: asEditor(base),
    data: { username: 'e2e-compare', password: 'Compare-Pass-1', agencyId, role: 'reviewer' },
  });
  expect(reviewer.status()).toBe(201);
  return `${base}/reports/${id}`;
}

beforeAll(async () => {
  browser = await launchChromium();
  const admin = await browser.newContext({ locale: 'zh-CN' });
  reportUrl = await submittedReport(admin.request);
  await admin.close();
  context = await browser.newContext({ locale: 'zh-CN' });
  page = await context.newPage();
  await logIn(page, 'e2e-compare', 'Compare-Pass-1');
});

afterAll(async () => {
  await browser?.close();
});

describe('对比上年 on a submitted report, for its reviewer', () => {
  it("shows last year's value under a cell, the change marked in symbols and words", async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(reportUrl);
    await page.waitForSelector('[data-status="submitted"]');
    expect(await page.locator(previousOf('requests.received.natural')).count()).toBe(0);
    const toggle = page.getByRole('button', { name: '对比上年' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    const received = page.locator(previousOf('requests.received.natural'));
    expect(await received.getAttribute('data-trend')).toBe('up');
    expect(await received.getAttribute('data-big')).toBe('');
    expect(await received.locator('[aria-hidden]').textContent()).toBe('上年 412 ▲▲');
    expect(await received.locator('.sr-only').textContent()).toBe(
      '上年 412，本年增加 310（+75%），变化较大',
    );
    const research = page.locator(previousOf('requests.received.research'));
    expect(await research.getAttribute('data-trend')).toBe('same');
    expect(await research.textContent()).toContain('＝');
  });

  it('marks the sentence added to a prose section, collapsed until opened', async () => {
    const compare = page
      .locator('section', { has: page.locator('[data-field="narrative.overview"]') })
      .locator('[data-prose-compare]');
    expect(await compare.getAttribute('open')).toBeNull();
    await compare.locator('summary').click();
    const inserted = compare.locator('ins');
    await inserted.first().waitFor();
    expect(await inserted.count()).toBe(1);
    expect(await inserted.textContent()).toBe(`【新增：${added}】`);
    expect(await compare.locator('del').count()).toBe(0);
    expect(await compare.textContent()).toMatch(/其余 \d+ 段未改动/);
  });

  it('has no serious accessibility violations, and fits 1366×768 and 1024×768', async () => {
    expect(await seriousViolations(page)).toEqual([]);
    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: 768 });
      await page.locator('[data-cell="requests.received.natural"]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/s4-compare-${width}.png` });
      await page.locator('[data-prose-compare]').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/s4-compare-prose-${width}.png` });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
    }
  });

  it('marks a sentence added between two saved records, its paragraph shown whole', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.locator('summary', { hasText: '修订历史' }).click();
    await page.getByRole('button', { name: '查看改动' }).click();
    const row = page.locator('[data-comparison] tr[data-path="narrative.other"]');
    await row.waitFor();
    expect(await row.locator('ins').textContent()).toBe(`【新增：${note}】`);
    expect(await row.locator('[data-prose-diff] p').first().textContent()).toMatch(
      new RegExp(`^本年度共收取信息处理费0元。【新增：${note}】$`),
    );
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/s4-compare-revisions-1366.png' });
  });

  it('turns the comparison off again', async () => {
    await page.getByRole('button', { name: '对比上年' }).click();
    expect(await page.locator('[data-previous]').count()).toBe(0);
    expect(await page.locator('[data-prose-compare]').count()).toBe(0);
  });
});
