import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { dispatchPaste } from './clipboard';
import { adminPassword } from './servers';

// Entries that are not numbers, pasted entries, and input methods (issue 10, faults 1 and 2).
const base = inject('baseUrl');
const cell = (address: string) => `[data-cell="${address}"]`;
const overview = '[data-field="narrative.overview"]';

let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let reportUrl = '';

async function logIn(target: Page) {
  await target.goto(`${base}/`);
  await target.waitForURL(/\/login/);
  await target.fill('input[name=username]', 'admin');
  await target.fill('input[name=password]', adminPassword);
  await target.click('button[type=submit]');
  await target.getByRole('heading', { name: '年度报告' }).waitFor();
}

/** Types text through an input method: pinyin composed first, then the converted text. */
async function compose(selector: string, pinyin: string, converted: string) {
  await page.focus(selector);
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Input.imeSetComposition', {
      text: pinyin,
      selectionStart: pinyin.length,
      selectionEnd: pinyin.length,
    });
    return {
      commit: async () => {
        await cdp.send('Input.insertText', { text: converted });
        await cdp.detach();
      },
    };
  } catch (error) {
    await cdp.detach();
    throw error;
  }
}

async function pasteInto(address: string, text: string) {
  await dispatchPaste(page, cell(address), text);
}

/** One value pasted as the browser does it: unless a handler takes the paste, the input does. */
async function pasteOne(address: string, text: string) {
  if (!(await dispatchPaste(page, cell(address), text))) await page.keyboard.insertText(text);
}

const saved = () => page.waitForSelector('[data-save-state="saved"]');
const invalidFinding = (address: string) => `[data-rule="entry.invalid"][data-cells~="${address}"]`;

beforeAll(async () => {
  const launched = await launchChromium();
  browser = launched;
  context = await launched.newContext({ locale: 'zh-CN' });
  page = await context.newPage();
  await logIn(page);
  await page.fill('input[name=year]', '2041');
  await page.click('form button[type=submit]');
  await page.waitForURL(/\/reports\//);
  reportUrl = page.url();
  await page.waitForSelector(cell('requests.received.natural'));
});

afterAll(async () => {
  await browser?.close();
});

describe('entries that are not numbers', () => {
  it('keeps “五” typed through an input method, lists it, saves it, and refuses 提交', async () => {
    const address = 'requests.received.natural';
    const typing = await compose(cell(address), 'wu', '五');
    await typing.commit();
    await page.keyboard.press('Tab');
    expect(await page.inputValue(cell(address))).toBe('五');
    expect(await page.getAttribute(cell(address), 'aria-invalid')).toBe('true');
    await page.waitForSelector(invalidFinding(address));
    expect(await page.textContent(invalidFinding(address))).toContain('“五”不是数字');
    await saved();
    // Saved, but not clean: the badge says so.
    expect(await page.textContent('[data-save-state="saved"]')).toContain('1 处填写不是数字');

    await page.click('[data-action="submit"]');
    await page.getByRole('dialog').getByRole('button', { name: /^确认/ }).click();
    await page.getByText(/失败：报告还有错误/).waitFor();
    await page.waitForSelector('[data-status="draft"]');

    await page.reload();
    await page.waitForSelector(cell(address));
    expect(await page.inputValue(cell(address))).toBe('五');
    await page.waitForSelector(invalidFinding(address));
  });

  it('shows the text kept as typed in another browser, where fixing it clears the finding', async () => {
    const other = await browser!.newContext({ locale: 'zh-CN' });
    try {
      const second = await other.newPage();
      await logIn(second);
      await second.goto(reportUrl);
      await second.waitForSelector(cell('requests.received.natural'));
      expect(await second.inputValue(cell('requests.received.natural'))).toBe('五');
      await second.waitForSelector(invalidFinding('requests.received.natural'));
    } finally {
      await other.close();
    }
    await page.focus(cell('requests.received.natural'));
    await page.keyboard.type('5');
    await page.keyboard.press('Tab');
    await page.waitForSelector('[data-rule="entry.invalid"]', { state: 'detached' });
    expect(await page.inputValue(cell('requests.received.total'))).toBe('5');
    await saved();
    expect(await page.textContent('[data-save-state="saved"]')).not.toContain('不是数字');
  });

  it('accepts “2件” typed and pasted alike', async () => {
    await page.focus(cell('appeals.review.upheld'));
    await page.keyboard.type('2件');
    await page.keyboard.press('Tab');
    expect(await page.inputValue(cell('appeals.review.upheld'))).toBe('2');
    await pasteOne('appeals.review.other', '2件');
    await page.keyboard.press('Tab');
    expect(await page.inputValue(cell('appeals.review.other'))).toBe('2');
    await pasteInto('appeals.litigationDirect.upheld', '2件\t１，０００件');
    expect(await page.inputValue(cell('appeals.litigationDirect.upheld'))).toBe('2');
    expect(await page.inputValue(cell('appeals.litigationDirect.corrected'))).toBe('1000');
    expect(await page.locator('[data-rule="entry.invalid"]').count()).toBe(0);
  });

  it('undoes a paste with Ctrl+Z, the text that is not a number included', async () => {
    await pasteInto('requests.deniedStateSecret.natural', '1\t五\r\n3\t2 件 3\r\n');
    expect(await page.inputValue(cell('requests.deniedStateSecret.commercial'))).toBe('五');
    expect(await page.inputValue(cell('requests.deniedProhibited.commercial'))).toBe('2 件 3');
    await page.getByText('2 个不是有效数字，已照原样保留并标出').waitFor();
    expect(await page.locator('[data-rule="entry.invalid"]').count()).toBe(2);
    await page.keyboard.press('Control+z');
    expect(await page.inputValue(cell('requests.deniedStateSecret.natural'))).toBe('0');
    expect(await page.inputValue(cell('requests.deniedStateSecret.commercial'))).toBe('0');
    expect(await page.inputValue(cell('requests.deniedProhibited.commercial'))).toBe('0');
    await page.waitForSelector('[data-rule="entry.invalid"]', { state: 'detached' });
  });

  it('tells the user when a pasted 总计 differs from the sum of its parts', async () => {
    await pasteInto('requests.carriedOver.natural', '1\t1\t1\t1\t1\t1\t9');
    await page.getByText('1 个合计与各项之和不符').waitFor();
    expect(await page.inputValue(cell('requests.carriedOver.total'))).toBe('6');
  });
});

describe('an input method in a prose field', () => {
  it('saves and checks nothing while pinyin is being composed, then takes the converted text', async () => {
    await saved();
    const puts: Request[] = [];
    const watch = (request: Request) => {
      if (request.method() === 'PUT') puts.push(request);
    };
    page.on('request', watch);
    try {
      const emptyOverview = `[data-rule="narrative.empty"]:has-text("总体情况")`;
      await page.waitForSelector(emptyOverview);
      const typing = await compose(overview, 'zhu dong', '主动');
      expect(await page.inputValue(overview)).toBe('zhu dong');
      // Longer than autosave's delay: nothing may be sent, and the finding stays as it was.
      await page.waitForTimeout(2000);
      expect(puts).toHaveLength(0);
      expect(await page.locator(emptyOverview).count()).toBe(1);
      expect(await page.getAttribute('[data-save-state]', 'data-save-state')).toBe('saved');
      await typing.commit();
      await page.waitForSelector(emptyOverview, { state: 'detached' });
      await expect.poll(() => puts.length, { timeout: 10_000 }).toBeGreaterThan(0);
      await saved();
      const body = puts.at(-1)?.postDataJSON() as { narrative: Record<string, string> };
      expect(body.narrative.overview).toBe('主动');
    } finally {
      page.off('request', watch);
    }
  });
});
