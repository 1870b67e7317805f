import { templates } from '@nianbao/schema';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { chromiumPath, hasTool, launchChromium } from '../test-support/office-tools.js';
import { expectExact, levelOf, platformPage } from '../test-support/platform-page.js';
import { importFile } from './index.js';

const cases = templates.flatMap((template) =>
  [1, 2, 3, 4, 5, 6].map((seed) => [`${template.name} #${seed}`, { seed, template }] as const),
);

// A browser's print dialog keeps margins; playwright's default prints to the paper's edge.
const printMargins = { top: '2cm', bottom: '2cm', left: '1.5cm', right: '1.5cm' };

describe.runIf(hasTool(chromiumPath, 'apt-get install -y chromium'))(
  'a platform page printed to PDF by chromium',
  () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(() => browser.close());

    it.each(cases)('reads back every cell exactly, with no false finding (%s)', async (_, c) => {
      const { source, html } = platformPage(c.seed, c.template);
      const page = await browser.newPage();
      await page.setContent(html);
      const bytes = await page.pdf({ format: 'A4', margin: c.seed % 2 ? printMargins : undefined });
      await page.close();
      expectExact(await importFile(bytes, { name: 'report.pdf', agency: levelOf(source) }), source);
    });
  },
);
