import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.NIANBAO_CHROMIUM ?? '/usr/bin/chromium';
export const sofficePath = process.env.NIANBAO_SOFFICE ?? '/usr/bin/soffice';

/** True when a tool is there; outside CI a missing one skips its suite with a notice, in CI it fails. */
export function hasTool(path: string, install: string): boolean {
  if (existsSync(path) || process.env.CI === 'true') return true;
  process.stderr.write(`[import] ${path} not found: its tests left out (${install}).\n`);
  return false;
}

/** Debian's Chromium, headless. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });

const filters = { docx: 'docx:MS Word 2007 XML', pdf: 'pdf:writer_web_pdf_Export' } as const;

/** Each HTML page converted to .docx or .pdf by LibreOffice (one run for all: it starts slowly). */
export function convertHtml(pages: readonly string[], to: keyof typeof filters): Uint8Array[] {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-docx-'));
  try {
    const inputs = pages.map((html, i) => {
      const file = join(dir, `page${i}.html`);
      writeFileSync(file, html);
      return file;
    });
    execFileSync(
      sofficePath,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        filters[to],
        '--outdir',
        dir,
        ...inputs,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    return pages.map((_, i) => new Uint8Array(readFileSync(join(dir, `page${i}.${to}`))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
