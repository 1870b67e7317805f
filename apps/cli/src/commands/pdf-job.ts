import { RenderError, renderReport, type FontFiles } from '@nianbao/pdf';
import { isPublishable, validate } from '@nianbao/schema';
import { readJsonFile } from '../read-json-file.js';
import { writeAtomically } from '../write-atomically.js';

/** One report to render: where it comes from, where its PDF goes, how. */
export interface PdfJob {
  readonly file: string;
  /** Absolute path of the PDF to write. */
  readonly out: string;
  readonly cwd: string;
  readonly force: boolean;
  readonly fonts: Partial<FontFiles>;
}

/** What became of a job; `status` decides the exit code. */
export interface PdfResult {
  readonly file: string;
  readonly out: string;
  readonly status: 'ok' | 'refused' | 'unreadable' | 'failed';
  readonly message: string;
  readonly bytes?: number;
  readonly forced?: boolean;
}

const systemMessage = (error: unknown): string =>
  (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));

/** Reads, renders and writes one report; never throws. */
export async function renderFile(job: PdfJob): Promise<PdfResult> {
  const base = { file: job.file, out: job.out };
  const input = await readJsonFile(job.file, job.cwd);
  if (!input.ok) return { ...base, status: 'unreadable', message: input.message };
  let bytes: Uint8Array;
  try {
    bytes = await renderReport(input.value, { force: job.force, fonts: job.fonts });
  } catch (error) {
    if (!(error instanceof RenderError)) {
      return {
        ...base,
        status: 'failed',
        message: `${job.file}：内部错误（${systemMessage(error)}）`,
      };
    }
    const status = error.kind === 'font' ? 'unreadable' : 'refused';
    return { ...base, status, message: `${job.file}：${error.message}` };
  }
  try {
    await writeAtomically(job.out, bytes);
  } catch (error) {
    return {
      ...base,
      status: 'unreadable',
      message: `${job.out}：无法写入（${systemMessage(error)}）`,
    };
  }
  const forced = job.force && !isPublishable(validate(input.value));
  return { ...base, status: 'ok', message: '', bytes: bytes.length, forced };
}
