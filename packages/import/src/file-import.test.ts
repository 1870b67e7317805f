import { templates } from '@nianbao/schema';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumPath,
  hasTool,
  convertHtml,
  docxToPdf,
  launchChromium,
  sofficePath,
} from '../test-support/office-tools.js';
import { expectExact, levelOf, platformPage } from '../test-support/platform-page.js';
import { renderDocx } from '@nianbao/docx';
import { fileMessages, importFile, importReport } from './index.js';

const cases = templates.flatMap((template) => [1, 2].map((seed) => ({ seed, template })));
const named = cases.map((c) => [`${c.template.name} #${c.seed}`, c] as const);

describe.runIf(hasTool(chromiumPath, 'apt-get install -y chromium'))(
  'a platform page in chromium',
  () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(() => browser.close());

    it.each(named)('copied with Ctrl+A, Ctrl+C reads back exactly (%s)', async (_name, c) => {
      const { source, html } = platformPage(c.seed, c.template);
      const context = await browser.newContext({
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      const page = await context.newPage();
      // The clipboard API needs a secure context: serve the page from localhost.
      await page.route('http://localhost/report', (route) =>
        route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
      );
      await page.goto('http://localhost/report');
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Control+C');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      await context.close();
      expectExact(importReport(copied, { kind: 'text', agency: levelOf(source) }), source);
    });
  },
);

describe.runIf(hasTool(sofficePath, 'apt-get install -y libreoffice-writer'))(
  'a platform page saved as .docx by LibreOffice',
  () => {
    it('reads back exactly, every generated report', async () => {
      const pages = cases.map((c) => platformPage(c.seed, c.template));
      const files = convertHtml(
        pages.map((p) => p.html),
        'docx',
      );
      for (const [i, file] of files.entries()) {
        const source = pages[i]!.source;
        expectExact(
          await importFile(file, { name: 'report.docx', agency: levelOf(source) }),
          source,
        );
      }
    }, 180_000);
  },
);

describe.runIf(hasTool(sofficePath, 'apt-get install -y libreoffice-writer'))(
  'our own .docx printed to PDF by LibreOffice',
  () => {
    it('reads back exactly, every generated report', async () => {
      const sources = cases.map((c) => platformPage(c.seed, c.template).source);
      const files = docxToPdf(await Promise.all(sources.map((source) => renderDocx(source))));
      for (const [i, file] of files.entries()) {
        const source = sources[i]!;
        expectExact(
          await importFile(file, { name: 'report.pdf', agency: levelOf(source) }),
          source,
        );
      }
    }, 180_000);
  },
);

describe('files that cannot be read', () => {
  it('refuses an old binary .doc, asking to save it as .docx', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await importFile(ole, { name: '年报.doc' })).toEqual({
      kind: 'noReport',
      message: fileMessages.doc,
    });
  });

  it('refuses a PDF without a text layer (a scan), saying so', async () => {
    const scan = new TextEncoder().encode(
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF',
    );
    expect(await importFile(scan, { name: 'scan.pdf' })).toEqual({
      kind: 'noReport',
      message: fileMessages.scanned,
    });
  });

  it('refuses a damaged PDF or .docx without throwing', async () => {
    const broken = new TextEncoder().encode('%PDF-1.4 nothing else');
    expect((await importFile(broken)).kind).toBe('noReport');
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect(await importFile(zip, { name: 'x.docx' })).toEqual({
      kind: 'noReport',
      message: fileMessages.docx,
    });
  });
});
