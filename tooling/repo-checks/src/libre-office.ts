// LibreOffice for the tests that read DOCX and XLSX back (packages/docx, packages/xlsx).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const soffice = process.env.NIANBAO_SOFFICE ?? '/usr/bin/soffice';

/** Whether LibreOffice can be run; under CI=true its absence fails the run instead. */
export function hasLibreOffice(suite: string): boolean {
  if (existsSync(soffice)) return true;
  if (process.env.CI === 'true')
    throw new Error(`CI=true but no LibreOffice at ${soffice}: source .ci/libreoffice.sh`);
  console.warn(`[nianbao/${suite}] LibreOffice suite SKIPPED: no ${soffice}.`);
  return false;
}

/** Converts a document with headless LibreOffice; returns each output file's name and bytes. */
export function convertWith(input: {
  bytes: Uint8Array;
  name: string;
  to: string;
}): Map<string, Buffer> {
  const work = mkdtempSync(join(tmpdir(), 'nianbao-lo-'));
  try {
    const source = join(work, input.name);
    writeFileSync(source, input.bytes);
    execFileSync(
      soffice,
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${join(work, 'profile')}`,
        '--convert-to',
        input.to,
        '--outdir',
        join(work, 'out'),
        source,
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const out = join(work, 'out');
    return new Map(readdirSync(out).map((name) => [name, readFileSync(join(out, name))]));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
