import { readFileSync } from 'node:fs';
import { statusNames, template2021 } from '@nianbao/schema';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seriousViolations } from './axe';
import { launchChromium } from './chromium';
import { dispatchPaste } from './clipboard';
import { adminPassword } from './servers';
import { asEditor } from './as-editor';
import { logIn } from './log-in';

const base = inject('baseUrl');
const cell = (address: string) => `[data-cell="${address}"]`;
const focusedCell = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-cell'));

// Undefined if Chromium failed to start: afterAll then has nothing to close.
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let reportUrl = '';

async function typeInto(address: string, text: string) {
  await page.focus(cell(address));
  await page.keyboard.type(text);
}

async function pasteInto(address: string, text: string) {
  await dispatchPaste(page, cell(address), text);
}

const saved = () => page.waitForSelector('[data-save-state="saved"]');
// 提交, 通过 and 发布 ask first; the dialog's first button confirms.
const confirmStep = (on: Page) =>
  on.getByRole('dialog').getByRole('button', { name: /^确认/ }).click();

beforeAll(async () => {
  const launched = await launchChromium();
  browser = launched;
  context = await launched.newContext({ acceptDownloads: true, locale: 'zh-CN' });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('the editor in a real browser', () => {
  it('sends a visitor to the login page and lets the admin in', async () => {
    await page.goto(`${base}/`);
    await page.waitForURL(/\/login/);
    await page.fill('input[name=username]', 'admin');
    await page.fill('input[name=password]', 'wrong password');
    await page.click('button[type=submit]');
    await page.getByText('用户名或密码不正确').waitFor();
    await page.fill('input[name=password]', adminPassword);
    await page.click('button[type=submit]');
    await page.getByRole('heading', { name: '年度报告' }).waitFor();
    expect(await page.locator('table.list tbody tr').count()).toBeGreaterThan(0);
  });

  it('creates an empty report and draws the six sections and the official tables', async () => {
    await page.fill('input[name=year]', '2023');
    await page.click('form button[type=submit]');
    await page.waitForURL(/\/reports\//);
    reportUrl = page.url();
    await page.waitForSelector(cell('requests.received.natural'));
    const headings = await page.locator('section.section h2').allTextContents();
    expect(headings).toEqual(template2021.sections.map((s) => s.heading));
    await page.getByRole('columnheader', { name: '申请人情况' }).waitFor();
    expect(await page.locator('[data-cell]').count()).toBe(6 * 1 + 2 * 2 + 25 * 7 + 15);
    expect(await page.getAttribute(cell('requests.received.natural'), 'aria-label')).toBe(
      '一、本年新收政府信息公开申请数量 · 申请人情况 · 自然人',
    );
    expect(await page.getAttribute(cell('requests.received.total'), 'readonly')).not.toBeNull();
  });

  it('moves between cells with arrows, Enter and Tab', async () => {
    await page.focus(cell('requests.received.natural'));
    await page.keyboard.press('ArrowDown');
    expect(await focusedCell(page)).toBe('requests.carriedOver.natural');
    await page.keyboard.press('ArrowRight');
    expect(await focusedCell(page)).toBe('requests.carriedOver.commercial');
    await page.keyboard.press('Enter');
    expect(await focusedCell(page)).toBe('requests.granted.commercial');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedCell(page)).toBe('requests.granted.natural');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focusedCell(page)).toBe('requests.received.natural');
  });

  it('computes totals as the user types and shows a balance error, its suspect marked, until it balances', async () => {
    await typeInto('requests.received.natural', '5');
    expect(await page.inputValue(cell('requests.received.total'))).toBe('5');
    await page.waitForSelector('[data-rule="requests.balance"]');
    expect(await page.getAttribute(cell('requests.received.natural'), 'aria-invalid')).toBe('true');
    // The cell just typed is the likely cause: marked, and said so, apart from the others named.
    await page.locator('[data-rule="requests.balance"]').first().click();
    expect(await focusedCell(page)).toBe('requests.received.natural');
    const suspect = page.locator(cell('requests.received.natural'));
    expect(await suspect.getAttribute('data-mark')).toBe('suspect');
    expect(await suspect.getAttribute('aria-describedby')).toContain('finding-mark-suspect');
    expect(await page.locator('#finding-mark-suspect').textContent()).toContain('最可能');
    expect(await page.locator('[data-mark="named"]').count()).toBeGreaterThan(0);
    await typeInto('requests.granted.natural', '5');
    expect(await page.inputValue(cell('requests.handledTotal.natural'))).toBe('5');
    await page.waitForSelector('[data-rule="requests.balance"]', { state: 'detached' });
    expect(await page.getAttribute(cell('requests.received.natural'), 'aria-invalid')).toBe(
      'false',
    );
  });

  it('replaces a value when typing, and reads full-width digits and thousands separators', async () => {
    await typeInto('proactive.licensing.decisions', '７');
    await page.keyboard.press('Enter');
    expect(await page.inputValue(cell('proactive.licensing.decisions'))).toBe('7');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('１，２３４');
    await page.keyboard.press('Tab');
    expect(await page.inputValue(cell('proactive.licensing.decisions'))).toBe('1234');
  });

  it('keeps the first character typed through an input method', async () => {
    await page.focus(cell('proactive.punishment.decisions'));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: '３', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.imeSetComposition', { text: '３６', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.insertText', { text: '３６' });
    await cdp.detach();
    await page.keyboard.press('Enter');
    expect(await page.inputValue(cell('proactive.punishment.decisions'))).toBe('36');
  });

  it('marks a value that is not a number and keeps it out of the report', async () => {
    await typeInto('proactive.coercion.decisions', '1.5');
    await page.keyboard.press('Tab');
    expect(await page.getAttribute(cell('proactive.coercion.decisions'), 'aria-invalid')).toBe(
      'true',
    );
    expect(await page.getAttribute(cell('proactive.coercion.decisions'), 'title')).toContain(
      '应为整数',
    );
    await typeInto('proactive.coercion.decisions', '2');
    expect(await page.getAttribute(cell('proactive.coercion.decisions'), 'aria-invalid')).toBe(
      'false',
    );
  });

  it('pastes a block from Excel from the focused cell, checks each cell, and undoes it', async () => {
    await pasteInto('requests.deniedStateSecret.natural', '1\t2\r\n3\tx\r\n');
    expect(await page.inputValue(cell('requests.deniedStateSecret.natural'))).toBe('1');
    expect(await page.inputValue(cell('requests.deniedStateSecret.commercial'))).toBe('2');
    expect(await page.inputValue(cell('requests.deniedProhibited.natural'))).toBe('3');
    expect(
      await page.getAttribute(cell('requests.deniedProhibited.commercial'), 'aria-invalid'),
    ).toBe('true');
    await page.getByText('已粘贴 3 个单元格').waitFor();
    expect(await page.inputValue(cell('requests.handledTotal.natural'))).toBe('9');
    await page.keyboard.press('Control+z');
    expect(await page.inputValue(cell('requests.deniedStateSecret.natural'))).toBe('0');
    expect(await page.inputValue(cell('requests.deniedProhibited.natural'))).toBe('0');
    expect(await page.inputValue(cell('requests.handledTotal.natural'))).toBe('5');
    await page.keyboard.press('Control+y');
    expect(await page.inputValue(cell('requests.deniedProhibited.natural'))).toBe('3');
    // Redo brings back the text kept as typed too; fix it, or 提交 is refused later.
    expect(await page.inputValue(cell('requests.deniedProhibited.commercial'))).toBe('x');
    await typeInto('requests.deniedProhibited.commercial', '0');
  });

  it('cancels a typed edit with Escape, and undoes and redoes one with Ctrl+Z and Ctrl+Y', async () => {
    const issued = 'proactive.normativeDocuments.issued';
    await typeInto(issued, '5');
    await page.keyboard.press('Escape');
    expect(await page.inputValue(cell(issued))).toBe('0');
    await page.keyboard.type('68');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+z');
    expect(await page.inputValue(cell(issued))).toBe('0');
    expect(await focusedCell(page)).toBe(issued);
    await page.keyboard.press('Control+y');
    expect(await page.inputValue(cell(issued))).toBe('68');
  });

  it('focuses the cell of a finding clicked in the panel', async () => {
    await page.locator('[data-rule="requests.balance"]').first().click();
    expect(await focusedCell(page)).toMatch(/^requests\./);
    // Balance again: the pasted cases were handled, so they were received too.
    await typeInto('requests.received.natural', '9');
    await typeInto('requests.received.commercial', '2');
    await page.waitForSelector('[data-rule="requests.balance"]', { state: 'detached' });
  });

  it('saves automatically and finds everything after a reload', async () => {
    await page.fill('[data-field="narrative.other"]', '无。');
    await saved();
    await page.reload();
    await page.waitForSelector(cell('requests.received.natural'));
    expect(await page.inputValue(cell('requests.received.natural'))).toBe('9');
    expect(await page.inputValue(cell('requests.deniedProhibited.natural'))).toBe('3');
    expect(await page.inputValue(cell('proactive.licensing.decisions'))).toBe('1234');
    expect(await page.inputValue(cell('proactive.punishment.decisions'))).toBe('36');
    expect(await page.inputValue('[data-field="narrative.other"]')).toBe('无。');
  });

  it('asks before leaving with unsaved changes, and recovers a local draft after losing the connection', async () => {
    await context.setOffline(true);
    try {
      await typeInto('appeals.review.upheld', '4');
      await page.waitForSelector('[data-save-state="unsaved"]');
      // The dialog event may reach us after the click returns: wait for the event itself.
      const asked = page.waitForEvent('dialog');
      const clicked = page.click('a.brand');
      const dialog = await asked;
      expect(dialog.type()).toBe('confirm');
      expect(dialog.message()).toContain('尚未保存');
      await dialog.dismiss();
      await clicked;
      expect(page.url()).toBe(reportUrl);
      await page.close({ runBeforeUnload: false });
    } finally {
      // Whatever happened above, the tests after this one need the network back.
      await context.setOffline(false);
    }
    page = await context.newPage();
    await page.goto(reportUrl);
    await page.getByRole('button', { name: '恢复本机的修改' }).click();
    expect(await page.inputValue(cell('appeals.review.upheld'))).toBe('4');
    expect(await page.inputValue(cell('appeals.review.total'))).toBe('4');
    await saved();
  });

  it('merges, never overwriting, when the server holds a newer version with other changes', async () => {
    const id = reportUrl.split('/').at(-1) ?? '';
    const current = await (await context.request.get(`${base}/api/reports/${id}`)).json();
    const theirs = structuredClone(current.report);
    theirs.appeals.review.corrected = 7;
    theirs.appeals.review.total = 11;
    const put = await context.request.put(`${base}/api/reports/${id}`, {
      data: theirs,
      headers: asEditor(base, { 'if-match': `"${current.version}"` }),
    });
    expect(put.status()).toBe(200);
    await typeInto('appeals.review.other', '1');
    await page.getByText('已合并他人的修改').waitFor();
    await saved();
    expect(await page.inputValue(cell('appeals.review.corrected'))).toBe('7');
    expect(await page.inputValue(cell('appeals.review.other'))).toBe('1');
  });

  it('has no serious or critical accessibility violations on the report page', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('submits the report, which then cannot be edited', async () => {
    await page.click('[data-action="submit"]');
    await confirmStep(page);
    // What the user sees once the step is done: the dialog gone, the new state, closed cells.
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.waitForSelector('[data-status="submitted"]');
    await page.waitForSelector(`${cell('requests.received.natural')}[readonly]`);
    await page.waitForSelector('[data-action="submit"]', { state: 'detached' });
    await page.locator('summary', { hasText: '修订历史' }).click();
    const submitted = page.locator('details.history li', { hasText: '提交审核' });
    await submitted.waitFor();
    expect(await submitted.textContent()).toContain('admin');
  });

  it('downloads the PDF of the report', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-action="pdf"]'),
    ]);
    const path = await download.path();
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('offers a reviewer 退回修改 and 审核通过, then 发布, and no editing', async () => {
    const me = await (await context.request.get(`${base}/api/auth/me`)).json();
    const created = await context.request.post(`${base}/api/users`, {
      headers: asEditor(base),
      data: {
        username: 'e2e-reviewer',
        password: 'Review-Pass-1',
        agencyId: me.agencyId,
        role: 'reviewer',
      },
    });
    expect(created.status()).toBe(201);
    const reviewerContext = await browser!.newContext({ locale: 'zh-CN' });
    const reviewer = await reviewerContext.newPage();
    await logIn(reviewer, 'e2e-reviewer', 'Review-Pass-1');
    // The agencies in the reviewer's charge, with this year's report waiting for review.
    await reviewer.goto(`${base}/supervision/progress?year=2023&status=submitted`);
    const firstRow = reviewer.locator('tbody tr').first();
    await expect.poll(() => firstRow.textContent()).toContain(statusNames.submitted);
    expect(await reviewer.locator('[data-count="待审核"]').textContent()).toMatch(/待审核 [1-9]/);
    await reviewer.goto(reportUrl);
    await reviewer.waitForSelector('[data-status="submitted"]');
    const actions = await reviewer
      .locator('button[data-action]')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-action')));
    expect(actions.filter((a) => a !== 'pdf')).toEqual(['return', 'approve']);
    expect(
      await reviewer.getAttribute(cell('requests.received.natural'), 'readonly'),
    ).not.toBeNull();
    // 退回 asks why; the editor finds the reason on the report and submits again.
    await reviewer.click('[data-action="return"]');
    const reason = reviewer.getByRole('dialog', { name: '退回' });
    await reason.locator('textarea[name=comment]').fill('表三请再核对一遍。');
    await reason.getByRole('button', { name: '退回' }).click();
    await reviewer.waitForSelector('[data-status="returned"]');
    await page.goto(reportUrl);
    await page.waitForSelector('[data-status="returned"]');
    expect(await page.locator('[data-return-note]').textContent()).toContain('表三请再核对一遍。');
    await page.fill('[data-field="narrative.other"]', '无。表三已核对。');
    await saved();
    await page.click('[data-action="submit"]');
    await confirmStep(page);
    await page.waitForSelector('[data-status="submitted"]');
    expect(await page.locator('[data-return-note]').count()).toBe(0);
    await reviewer.reload();
    await reviewer.waitForSelector('[data-status="submitted"]');
    // The reviewer sees what changed since the return, named by the template.
    await reviewer.getByText('修订历史').click();
    await reviewer.getByRole('button', { name: '查看退回以来的全部改动' }).click();
    const changed = reviewer.locator('[data-comparison] tr[data-path="narrative.other"]');
    expect(await changed.textContent()).toContain('六、其他需要报告的事项');
    expect(await changed.textContent()).toContain('无。表三已核对。');
    await reviewer.click('[data-action="approve"]');
    await confirmStep(reviewer);
    await reviewer.waitForSelector('[data-status="approved"]');
    await reviewer.click('[data-action="publish"]');
    await confirmStep(reviewer);
    await reviewer.waitForSelector('[data-status="published"]');
    await reviewerContext.close();
  });

  it('shows a published report read-only and starts a correction of it as a new draft', async () => {
    await page.goto(`${base}/?status=published`);
    await page.getByRole('link', { name: '江南市人民政府2022年度报告' }).click();
    await page.waitForSelector('[data-status="published"]');
    const publishedUrl = page.url();
    expect(await page.getAttribute(cell('requests.received.natural'), 'readonly')).not.toBeNull();
    await page.click('[data-action="correct"]');
    await page.fill('textarea[name=reason]', '表三数字有误。');
    await page.getByRole('dialog').getByRole('button', { name: '新建更正版本' }).click();
    await page.waitForURL((url) => url.href !== publishedUrl);
    await page.waitForSelector('[data-status="draft"]');
    expect(await page.getAttribute(cell('requests.received.natural'), 'readonly')).toBeNull();
  });

  it('imports a published report from pasted text and opens the draft with its findings', async () => {
    const text = readFileSync(
      new URL(
        '../../../packages/schema/fixtures/published/2019-shanghai-govoffice.txt',
        import.meta.url,
      ),
      'utf8',
    );
    await page.goto(`${base}/`);
    await page.fill('textarea[name=pasted]', text);
    await page.getByRole('button', { name: '导入为草稿' }).click();
    await page.getByRole('button', { name: '参照此报告创建本机关草稿' }).click();
    // Nothing is created before the level, and so the deadline, is confirmed.
    const confirm = page.getByRole('group', { name: '确认级别' });
    expect(await confirm.textContent()).toMatch(/级别[^]*公开截止日期：2020年[13]月31日/);
    expect(page.url()).toBe(`${base}/`);
    await confirm.getByRole('button', { name: '确认并导入' }).click();
    await page.waitForURL(/\/reports\//);
    await page.getByRole('status', { name: '导入结果' }).getByText('个空白格按 0 读入').waitFor();
    expect(await page.inputValue(cell('requests.received.natural'))).toBe('821');
    // The page left its 总计 cells blank; the editor computes them.
    expect(await page.inputValue(cell('requests.granted.total'))).toBe('272');
    await page.locator('[data-rule="narrative.numbers"]').first().waitFor();
  });

  it('imports several files at once and shows a result per file', async () => {
    const published = (name: string) =>
      new URL(`../../../packages/schema/fixtures/published/${name}`, import.meta.url).pathname;
    await page.goto(`${base}/`);
    await page.setInputFiles('input[name=file]', [
      published('2019-shanghai-govoffice.txt'),
      published('2021-pinghu-dushangang.txt'),
    ]);
    await page.getByRole('button', { name: '导入为草稿' }).click();
    const results = page.getByRole('list', { name: '各文件的导入结果' }).locator('li');
    await results.nth(1).waitFor();
    expect(await results.count()).toBe(2);
    expect(await results.nth(0).textContent()).toContain('2019-shanghai-govoffice.txt');
    expect(await results.nth(1).textContent()).toContain('2021-pinghu-dushangang.txt');
  });

  it('logs out', async () => {
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(/\/login/);
    await page.goto(reportUrl);
    await page.waitForURL(/\/login/);
  });
});
