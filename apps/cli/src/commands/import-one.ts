import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { importFile, importReport, type ImportOptions } from '@nianbao/import';
import type { Finding, Report } from '@nianbao/schema';
import { readImportSource } from './import-source.js';

/** One file to read: where it is (relative to `cwd`), where its JSON goes (null: nowhere yet). */
export interface ImportJob {
  readonly file: string;
  readonly out: string | null;
  readonly cwd: string;
  readonly options: Omit<ImportOptions, 'kind'>;
}

/** How one file's import went: its findings and report, or why it could not be read or written. */
export interface ImportOutcome {
  readonly file: string;
  readonly out: string | null;
  readonly findings: readonly Finding[];
  readonly report?: Report;
  readonly error?: string;
}

/** Reads one file and writes its report's JSON to `out`; never throws for a bad file. */
export async function importOne(job: ImportJob): Promise<ImportOutcome> {
  const { file, out, cwd, options } = job;
  const source = await readImportSource(file, cwd);
  if (!source.ok) return { file, out: null, findings: [], error: source.message };
  const imported =
    source.kind === 'file'
      ? await importFile(source.bytes, { ...options, name: file })
      : importReport(source.text, { ...options, kind: source.kind });
  if (imported.kind === 'noReport')
    return { file, out: null, findings: [], error: `${file}：${imported.message}` };
  const { report, findings } = imported;
  if (out === null) return { file, out, findings, report };
  try {
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { file, out: null, findings, error: `${file}：无法写出 ${out}（${message}）` };
  }
  return { file, out, findings, report };
}
