import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './chromium';
import { dispatchPaste } from './clipboard';
import { newReport } from './new-report';

const base = inject('baseUrl');
const cell = (address: string) => `[data-cell="${address}"]`;
const focusedCell = () => page.evaluate(() => document.activeElement?.getAttribute('data-cell'));
const values = (addresses: string[]) => Promise.all(addresses.map((a) => page.inputValue(cell(a))));
const row = (name: string, columns: string[]) => columns.map((c) => `requests.${name}.${c}`);
const applicants = ['natural', 'commercial', 'research', 'publicInterest'];

let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 768 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const url = await newReport(context, base, 2044);
  page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(cell('requests.received.natural'));
});

afterAll(async () => {
  await browser?.close();
});

describe('the keyboard in the tables, as in a spreadsheet', () => {
  it('tabs from the last input of a row to the next row, past the 总计 cell', async () => {
    await page.focus(cell('requests.received.other'));
    await page.keyboard.press('Tab');
    expect(await focusedCell()).toBe('requests.carriedOver.natural');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedCell()).toBe('requests.received.other');
  });

  it('moves Enter down past the row of totals', async () => {
    await page.focus(cell('requests.otherMisc.natural'));
    await page.keyboard.press('Enter');
    expect(await focusedCell()).toBe('requests.carriedForward.natural');
  });

  it('goes along the row with Home and End and to the ends of the table with Ctrl', async () => {
    await page.focus(cell('requests.granted.research'));
    await page.keyboard.press('End');
    expect(await focusedCell()).toBe('requests.granted.total');
    await page.keyboard.press('Home');
    expect(await focusedCell()).toBe('requests.granted.natural');
    await page.keyboard.press('Control+End');
    expect(await focusedCell()).toBe('requests.carriedForward.total');
    await page.keyboard.press('Control+Home');
    expect(await focusedCell()).toBe('requests.received.natural');
  });

  it('copies a 3×4 block picked with Shift+arrows and pastes it back elsewhere exactly', async () => {
    const block = '1\t2\t3\t4\r\n5\t6\t7\t8\r\n9\t10\t11\t12\r\n';
    await dispatchPaste(page, cell('requests.received.natural'), block);
    await page.focus(cell('requests.received.natural'));
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowDown'])
      await page.keyboard.press(`Shift+${key}`);
    expect(await page.locator('input.selected').count()).toBe(12);
    await page.keyboard.press('Control+c');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(block);
    await page.focus(cell('requests.deniedStateSecret.natural'));
    await page.keyboard.press('Control+v');
    const pasted = await Promise.all(
      ['deniedStateSecret', 'deniedProhibited', 'deniedSecurity'].map((name) =>
        values(row(name, applicants)),
      ),
    );
    expect(pasted.map((cells) => cells.join('\t')).join('\r\n') + '\r\n').toBe(block);
  });

  it('picks a block by dragging the mouse', async () => {
    const from = page.locator(cell('requests.granted.commercial'));
    const to = page.locator(cell('requests.partiallyGranted.publicInterest'));
    await from.hover();
    await page.mouse.down();
    await to.hover();
    await page.mouse.up();
    expect(await page.locator('input.selected').count()).toBe(6);
    // Dragging picks cells; it does not drag the selected text of one cell into another.
    expect(await values(['requests.partiallyGranted.publicInterest'])).toEqual(['0']);
    await page.locator(cell('requests.deniedSecurity.natural')).click({ modifiers: ['Shift'] });
    expect(await page.locator('input.selected').count()).toBe(5 * 2);
  });

  it('clears a picked block with Delete, leaving totals computed, and undoes it', async () => {
    const cells = row('deniedStateSecret', applicants);
    await page.focus(cell(cells[0]!));
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Delete');
    expect(await values(cells)).toEqual(['0', '0', '0', '0']);
    await page.keyboard.press('Control+z');
    expect(await values(cells)).toEqual(['1', '2', '3', '4']);
  });

  it('types into the one focused cell of a picked block, and Backspace then edits only it', async () => {
    const cells = row('deniedProhibited', applicants);
    await page.focus(cell(cells[0]!));
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.type('78');
    await page.keyboard.press('Backspace');
    expect(await page.locator('input.selected').count()).toBe(0);
    expect(await values(cells.slice(0, 2))).toEqual(['7', '6']);
  });

  it('skips the row label pasted with a row and checks its trailing total', async () => {
    await page.focus(cell('requests.granted.natural'));
    await dispatchPaste(
      page,
      cell('requests.granted.natural'),
      '（一）予以公开\t1\t1\t1\t1\t1\t1\t9\r\n',
    );
    expect(await values(row('granted', ['natural', 'other', 'total']))).toEqual(['1', '1', '6']);
    const notice = await page.locator('.side [role="status"]').textContent();
    expect(notice).toContain('行标题');
    expect(notice).toContain('“9”');
  });
});
