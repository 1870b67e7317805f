import { readPath, validate, type Report } from '@nianbao/schema';
import { readJsonFile } from '../read-json-file.js';
import { writeAtomically } from '../write-atomically.js';
import { combinedFormats, exportFormats } from './export-formats.js';

/** Reports to export in one format to one file: one report, or many for a combined format. */
export interface ExportJob {
  readonly files: readonly string[];
  /** Absolute path of the file to write. */
  readonly out: string;
  readonly cwd: string;
  readonly force: boolean;
  /** A key of `exportFormats` (or `combinedFormats` when `files` has many). */
  readonly to: string;
}

/** What became of one input file; `status` decides the exit code. */
export interface ExportResult {
  readonly file: string;
  readonly out: string;
  readonly status: 'ok' | 'refused' | 'unreadable' | 'failed';
  readonly message: string;
  readonly bytes?: number;
  readonly forced?: boolean;
}

type Accepted = { file: string; report: unknown; forced: boolean };

const systemMessage = (error: unknown): string =>
  (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));

/** Reads and validates one input: the report, or the result that refuses it. */
async function accept(file: string, job: ExportJob): Promise<Accepted | ExportResult> {
  const input = await readJsonFile(file, job.cwd);
  if (!input.ok) return { file, out: job.out, status: 'unreadable', message: input.message };
  const errors = validate(input.value).filter((finding) => finding.severity === 'error');
  if (errors.length > 0 && !job.force) {
    const lines = errors.slice(0, 5).map((finding) => `  ${finding.rule}：${finding.message}`);
    const more = errors.length > 5 ? [`  等共 ${errors.length} 个错误`] : [];
    const message = [`${file}：报告未通过校验，不能导出：`, ...lines, ...more].join('\n');
    return { file, out: job.out, status: 'refused', message };
  }
  return { file, report: input.value, forced: errors.length > 0 };
}

async function render(job: ExportJob, reports: readonly unknown[]): Promise<Uint8Array | string> {
  const combine = combinedFormats[job.to];
  if (reports.length > 1 && combine) return (await combine())(reports);
  const format = exportFormats[job.to];
  if (!format) throw new Error(`不支持的格式：${job.to}`);
  return (await format.load()).render(reports[0] as Report);
}

/** A renderer's refusal (the PDF's RenderError: glyphs a font lacks, an unusable font), not a bug. */
function refusalOf(
  error: unknown,
): { status: 'refused' | 'unreadable'; message: string } | undefined {
  // By name: importing the PDF package here would load pdfmake into every export.
  if (!(error instanceof Error) || error.name !== 'RenderError') return undefined;
  const kind = (error as Error & { kind?: string }).kind;
  return { status: kind === 'font' ? 'unreadable' : 'refused', message: error.message };
}

/** Reads, checks, renders and writes one job; never throws. */
export async function exportFile(job: ExportJob): Promise<ExportResult[]> {
  const read = await Promise.all(job.files.map((file) => accept(file, job)));
  const refused = read.filter((entry): entry is ExportResult => 'status' in entry);
  const accepted = read.filter((entry): entry is Accepted => 'report' in entry);
  if (accepted.length === 0) return refused;
  const formats = new Set(accepted.map(({ report }) => String(readPath(report, ['format']))));
  const fail = (status: ExportResult['status'], message: string): ExportResult[] => [
    ...refused,
    ...accepted.map(({ file }) => ({ file, out: job.out, status, message })),
  ];
  if (formats.size > 1)
    return fail(
      'refused',
      `一个文件只能含一种格式的报告（这些报告有 ${[...formats].join('、')} 格式），请分开导出`,
    );
  let bytes: Uint8Array | string;
  try {
    bytes = await render(
      job,
      accepted.map(({ report }) => report),
    );
  } catch (error) {
    const refusal = refusalOf(error);
    if (refusal) return fail(refusal.status, `${job.files.join('、')}：${refusal.message}`);
    return fail('failed', `${job.files.join('、')}：内部错误（${systemMessage(error)}）`);
  }
  try {
    await writeAtomically(job.out, bytes);
  } catch (error) {
    return fail('unreadable', `${job.out}：无法写入（${systemMessage(error)}）`);
  }
  const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length;
  return [
    ...refused,
    ...accepted.map(({ file, forced }) => ({
      file,
      out: job.out,
      status: 'ok' as const,
      message: '',
      bytes: size,
      forced,
    })),
  ];
}
