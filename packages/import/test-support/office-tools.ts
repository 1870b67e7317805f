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

const filters = {
  docx: 'docx:MS Word 2007 XML',
  pdf: 'pdf:writer_web_pdf_Export',
  docxPdf: 'pdf:writer_pdf_Export',
} as const;

/** Each file converted by LibreOffice with one filter (one run for all: it starts slowly). */
function convertFiles(
  files: readonly { readonly ext: string; readonly bytes: string | Uint8Array }[],
  filter: string,
  outExt: string,
): Uint8Array[] {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-office-'));
  try {
    const inputs = files.map(({ ext, bytes }, i) => {
      const file = join(dir, `file${i}.${ext}`);
      writeFileSync(file, bytes);
      return file;
    });
    execFileSync(
      sofficePath,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        filter,
        '--outdir',
        dir,
        ...inputs,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    return files.map((_, i) => new Uint8Array(readFileSync(join(dir, `file${i}.${outExt}`))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each HTML page converted to .docx or .pdf by LibreOffice. */
export const convertHtml = (pages: readonly string[], to: 'docx' | 'pdf'): Uint8Array[] =>
  convertFiles(
    pages.map((html) => ({ ext: 'html', bytes: html })),
    filters[to],
    to,
  );

/** Each .docx printed to PDF by LibreOffice Writer, as a user's “导出为 PDF” would. */
export const docxToPdf = (files: readonly Uint8Array[]): Uint8Array[] =>
  convertFiles(
    files.map((bytes) => ({ ext: 'docx', bytes })),
    filters.docxPdf,
    'pdf',
  );
