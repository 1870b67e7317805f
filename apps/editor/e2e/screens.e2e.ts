import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './axe';
import { launchChromium } from './chromium';
import { newReport } from './new-report';

const base = inject('baseUrl');
const cell = (address: string) => `[data-cell="${address}"]`;
const screens = [
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
];

let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let reportUrl = '';

/** Whether an element lies wholly inside the viewport. */
const inView = (selector: string) =>
  page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
  });

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'zh-CN' });
  reportUrl = await newReport(context, base, 2043);
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(screens)('the report page at $width×$height', (size) => {
  it('shows the explanation of a cell in error in view, beside or below the table', async () => {
    await page.setViewportSize(size);
    await page.goto(reportUrl);
    await page.focus(cell('requests.received.publicInterest'));
    await page.keyboard.type('5');
    await page.waitForSelector('[data-rule="requests.balance"]');
    await page.focus(cell('requests.granted.legalService'));
    await page.focus(cell('requests.received.publicInterest'));
    expect(await page.locator('.cell-line').textContent()).toContain('本年新收');
    expect(await page.locator('.cell-line .bad').count()).toBeGreaterThan(0);
    expect(await inView('.cell-line')).toBe(true);
    expect(await inView(cell('requests.received.publicInterest'))).toBe(true);
    await page.screenshot({ path: `/tmp/h8-screen-${size.width}.png` });
  });

  it('never scrolls the page sideways; wide tables scroll in their frame', async () => {
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    expect(await page.locator('h1').evaluate((h) => h.scrollWidth <= h.clientWidth)).toBe(true);
  });

  it('keeps the column headers and row labels of a table in sight as it scrolls', async () => {
    const frame = page.locator('.scroll', { has: page.locator(cell('requests.received.natural')) });
    await frame.evaluate((f) => f.scrollTo(f.scrollWidth, f.scrollHeight));
    const header = frame.getByRole('columnheader', { name: '科研机构' });
    const label = frame.getByRole('rowheader', { name: '（七）总计' });
    const [frameBox, headerBox, labelBox] = await Promise.all(
      [frame, header, label].map((l) =>
        l.evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect),
      ),
    );
    expect(headerBox!.top).toBeGreaterThanOrEqual(frameBox!.top - 1);
    expect(headerBox!.top).toBeLessThan(frameBox!.top + 80);
    expect(labelBox!.left).toBeGreaterThanOrEqual(frameBox!.left - 1);
    expect(labelBox!.left).toBeLessThan(frameBox!.left + 80);
    await page.screenshot({ path: `/tmp/h8-scrolled-${size.width}.png` });
    await frame.evaluate((f) => f.scrollTo(0, 0));
  });

  it('has no serious or critical accessibility violations', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('the list of reports on a tablet', () => {
  it('never scrolls the page sideways at 768 px', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(`${base}/`);
    await page.waitForSelector('table.list');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await page.screenshot({ path: '/tmp/h8-list-768.png' });
    await page.goto(reportUrl);
    await page.waitForSelector(cell('requests.received.natural'));
  });
});

describe('printing the report', () => {
  it('prints the title, sections and tables, not the application around them', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.locator(selector).first().isVisible();
    expect(await shown('h1')).toBe(true);
    expect(await shown('section.section h2')).toBe(true);
    expect(await shown(cell('requests.received.natural'))).toBe(true);
    expect(await shown('header.top')).toBe(false);
    expect(await shown('aside.side')).toBe(false);
    expect(await shown('button')).toBe(false);
    await page.screenshot({ path: '/tmp/h8-print.png', fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });
});
