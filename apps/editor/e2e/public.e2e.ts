import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { asEditor } from './as-editor';
import { seriousViolations } from './axe';
import { launchChromium } from './chromium';
import { adminPassword } from './servers';
import { logIn } from './log-in';

const base = inject('baseUrl');
const township = '平湖市独山港经济开发区（独山港镇）';
const title = `${township}2021年度政府信息公开工作年度报告`;

// Every format the API offers is a download on the public page.
const formats = (await (await fetch(`${base}/api/export-formats`)).json()) as {
  id: string;
  label: string;
  extension: string;
}[];

// Undefined if Chromium failed to start: afterAll then has nothing to close.
let browser: Browser | undefined;
let visitor: BrowserContext;
let page: Page;
let seeded = '';

async function signedIn(launched: Browser, options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await launched.newContext({ locale: 'zh-CN', ...options });
  const login = await context.newPage();
  await logIn(login, 'admin', adminPassword);
  return { context, page: login };
}

beforeAll(async () => {
  browser = await launchChromium();
  visitor = await browser.newContext({ locale: 'zh-CN' });
  page = await visitor.newPage();
  const list = await visitor.request.get(`${base}/api/public/reports?year=2021`);
  const { items } = (await list.json()) as {
    items: { id: string; agency: string; isCorrection: boolean }[];
  };
  // The workflow suite may have published a correction of it by now.
  seeded = items.find((item) => item.agency === township && !item.isCorrection)?.id ?? '';
});

afterAll(async () => {
  await browser?.close();
});

describe('public reading without logging in', () => {
  it('lists the published reports and opens one, read-only, with every download', async () => {
    await page.goto(`${base}/public/reports?year=2021`);
    await page.getByRole('link', { name: title, exact: true }).click();
    await page.waitForURL(`${base}/public/reports/${seeded}`);
    expect(await page.locator('h1').textContent()).toBe(title);
    expect(await page.locator('table').count()).toBe(3);
    expect(await page.locator('input, textarea').count()).toBe(0);
    const links = page.locator('[data-downloads] a');
    expect(await links.evaluateAll((all) => all.map((a) => a.getAttribute('download')))).toEqual(
      formats.map((format) => `${title}.${format.extension}`),
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-format="pdf"]'),
    ]);
    expect(download.suggestedFilename()).toBe(`${title}.pdf`);
  });

  it('keeps the filters in the address', async () => {
    await page.goto(`${base}/public/reports`);
    await page.selectOption('select[name=year]', '2022');
    await page.getByRole('button', { name: '筛选' }).click();
    await page.waitForURL(/year=2022/);
    const rows = page.locator('tr[data-report]');
    await page
      .getByRole('link', { name: '江南市人民政府2022年度政府信息公开工作年度报告' })
      .waitFor();
    // Other suites may publish more 2022 reports; none of another year shows.
    for (const year of await rows.locator('td:nth-child(2)').allTextContents())
      expect(year).toBe('2022');
    expect(await page.getAttribute('[data-open-data]', 'href')).toBe(
      '/api/public/open-data?year=2022',
    );
  });

  it('reads without JavaScript: the server sends the title, six sections and three tables', async () => {
    const plain = await (browser as Browser).newContext({
      locale: 'zh-CN',
      javaScriptEnabled: false,
    });
    try {
      const reader = await plain.newPage();
      const answer = await reader.goto(`${base}/public/reports/${seeded}`);
      expect(answer?.status()).toBe(200);
      expect(await reader.locator('h1').textContent()).toBe(title);
      expect(await reader.locator('h2').count()).toBe(6);
      expect(await reader.locator('table').count()).toBe(3);
      await reader.goto(`${base}/public/reports`);
      expect(await reader.getByRole('link', { name: title, exact: true }).count()).toBe(1);
    } finally {
      await plain.close();
    }
  });

  it('keeps a filter chosen before the page is live, and shows the filter of the address on back and forward', async () => {
    const slow = await (browser as Browser).newContext({ locale: 'zh-CN' });
    try {
      const reader = await slow.newPage();
      // A slow device: the server's page is there long before it is live.
      const cdp = await slow.newCDPSession(reader);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 30 });
      await reader.goto(`${base}/public/reports`);
      await reader.selectOption('select[name=year]', '2022');
      await reader.getByRole('button', { name: '筛选' }).click();
      await reader.waitForURL(/year=2022/);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      const year = reader.locator('select[name=year]');
      await reader.goBack();
      await reader.waitForURL(/reports$/);
      await expect.poll(() => year.inputValue()).toBe('');
      await reader.goForward();
      await reader.waitForURL(/year=2022/);
      await expect.poll(() => year.inputValue()).toBe('2022');
    } finally {
      await slow.close();
    }
  });

  it('prints the title, sections and tables, not the buttons or the navigation', async () => {
    await page.goto(`${base}/public/reports/${seeded}`);
    await page.locator('h1').waitFor();
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('[data-downloads]').isVisible()).toBe(false);
      expect(await page.locator('header.top').isVisible()).toBe(false);
      expect(await page.locator('h1').isVisible()).toBe(true);
      expect(await page.locator('h2').count()).toBe(6);
      expect(await page.locator('table').first().isVisible()).toBe(true);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('has no serious or critical accessibility violations', async () => {
    await page.goto(`${base}/public/reports/${seeded}`);
    await page.locator('h1').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${base}/public/reports`);
    await page.locator('tr[data-report]').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows nothing of a draft: 404 at its public address, the login at its own', async () => {
    const { context } = await signedIn(browser as Browser);
    const agencies = (await (await context.request.get(`${base}/api/agencies`)).json()) as {
      id: string;
      name: string;
    }[];
    const created = await context.request.post(`${base}/api/reports`, {
      data: { agencyId: agencies.find((a) => a.name === township)?.id, year: 2077 },
      headers: asEditor(base),
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await context.close();
    const answer = await page.goto(`${base}/public/reports/${id}`);
    expect(answer?.status()).toBe(404);
    await page.getByText('没有这份已发布的报告').waitFor();
    expect(await page.locator('h1').textContent()).toBe('404');
    await page.goto(`${base}/reports/${id}`);
    await page.waitForURL(/\/login/);
  });
});

describe('wrong addresses', () => {
  it('answer with their status and a Chinese page, never a 500', async () => {
    for (const [address, status, heading] of [
      ['/public/reports?year=abc', 400, '地址中的参数有误'],
      ['/public/reports?page=99999999999999999999', 400, '地址中的参数有误'],
      [`/public/reports/${'a'.repeat(5000)}`, 400, '地址中的参数有误'],
      ['/public/reports/no-such-report', 404, '没有找到此页'],
    ] as const) {
      const answer = await page.goto(`${base}${address}`);
      expect(answer?.status()).toBe(status);
      await page.getByText(heading).waitFor();
    }
    // The signed-in pages run in the browser: an unknown report is a 404 page there too.
    const staff = await signedIn(browser as Browser);
    await staff.page.goto(`${base}/reports/00000000-0000-4000-8000-000000000000`);
    await staff.page.getByText('没有找到此页').waitFor();
    expect(await staff.page.locator('h1').textContent()).toBe('404');
    await staff.context.close();
  });
});

describe('复制到网站', () => {
  it('puts the report on the clipboard as rich text', async () => {
    const staff = await signedIn(browser as Browser, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await staff.page.goto(`${base}/reports/${seeded}`);
    await staff.page.click('[data-copy-html]');
    await staff.page.getByText('已复制网页版').waitFor();
    const copied = await staff.page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) => (await item?.getType(type))?.text();
      return { html: await read('text/html'), text: await read('text/plain') };
    });
    expect(copied.html).toContain('<table');
    expect(copied.html).toContain(township);
    expect(copied.text).toContain(title);
    await staff.context.close();
  });
});
