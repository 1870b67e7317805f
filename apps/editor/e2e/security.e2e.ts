import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { adminPassword } from './servers';
import { logIn } from './log-in';

const base = inject('baseUrl');

let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let attacker: Server | undefined;
let attackerUrl = '';

/** A page on another port of the same host: same-site, not same-origin (issue 11, item 1). */
function attackerPage(target: string): string {
  return `<!doctype html><script>
fetch(${JSON.stringify(target)}, { method: 'POST', credentials: 'include' })
  .catch(() => undefined).finally(() => { document.title = 'sent'; });
</script>`;
}

beforeAll(async () => {
  const launched = await launchChromium();
  browser = launched;
  context = await launched.newContext({ locale: 'zh-CN' });
  page = await context.newPage();
  await logIn(page, 'admin', adminPassword);
  // Body-less, like submit, approve and publish: logging the victim out shows it took effect.
  const target = `${base}/api/auth/logout`;
  attacker = createServer((_, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(attackerPage(target));
  });
  await new Promise<void>((resolve) => attacker?.listen(0, '127.0.0.1', resolve));
  attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (attacker ? attacker.close(resolve) : resolve(undefined)));
});

describe('web security in a real browser', () => {
  it('refuses a same-site page that posts with the signed-in user’s cookie', async () => {
    await page.goto(attackerUrl);
    await page.waitForFunction(() => document.title === 'sent');
    expect((await context.request.get(`${base}/api/auth/me`)).status()).toBe(200);
  });

  it('serves pages with a CSP that forbids framing, and the app runs under it', async () => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto(`${base}/`);
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toMatch(/script-src 'self' '(nonce|sha256)-/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    await page.getByRole('heading', { name: '年度报告' }).waitFor();
    expect(violations).toEqual([]);
  });
});
