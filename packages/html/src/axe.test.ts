import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { generateReport } from '@nianbao/schema/testing';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from './render-html.js';

const chromiumPath = process.env.NIANBAO_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(chromiumPath);
// In CI a missing browser is a broken setup; elsewhere the suite says once that it skips.
if (!hasChromium && process.env.CI === 'true')
  throw new Error(`CI=true but no Chromium at ${chromiumPath}: source .ci/chromium.sh`);
if (!hasChromium) console.warn(`[nianbao/html] axe suite SKIPPED: no Chromium at ${chromiumPath}.`);

interface Violation {
  readonly id: string;
  readonly impact: string;
}

describe.skipIf(!hasChromium)('the HTML page in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
  });
  afterAll(() => browser.close());

  it('has no serious or critical axe-core violation', async () => {
    const page = await browser.newPage();
    await page.setContent(renderHtml(generateReport(3)));
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.addScriptTag({ content: axe });
    // A string, so this test needs no DOM types: axe runs in the page.
    const violations = await page.evaluate<Violation[]>(
      'axe.run(document).then((r) => r.violations.map(({ id, impact }) => ({ id, impact })))',
    );
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  }, 30_000);
});
