import type { OutputFormat } from '@nianbao/schema';
import { pdfFormat } from '../pdf-format.js';
import { RenderError } from '../render-error.js';
import type { FormatModule, RenderJob, RenderReply } from './render-job.js';

// The task each pool thread runs (piscina calls the default export): one report, one format.

async function formatFor(id: string, formats: Readonly<Record<string, FormatModule>>) {
  if (id === pdfFormat.id) return pdfFormat;
  const entry = formats[id];
  if (!entry) throw new RenderError('format', `不支持的输出格式“${id}”`);
  const module = (await import(entry.moduleUrl)) as Record<string, OutputFormat | undefined>;
  const format = module[entry.exportName];
  if (!format) throw new RenderError('format', `输出格式“${id}”的模块没有 ${entry.exportName}`);
  return format;
}

export default async function renderJob(job: RenderJob): Promise<RenderReply> {
  try {
    const format = await formatFor(job.format, job.formats);
    const output =
      format === pdfFormat
        ? await pdfFormat.render(job.report, job.options)
        : await format.render(job.report as never);
    return { ok: true, output };
  } catch (error) {
    if (!(error instanceof RenderError)) throw error;
    return { ok: false, kind: error.kind, message: error.message, findings: error.findings };
  }
}
