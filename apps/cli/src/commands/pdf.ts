import { mkdir } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { FontFiles } from '@nianbao/pdf';
import { UsageError, type Command } from '../command.js';
import { exitCodes, type Io } from '../io.js';
import type { PdfJob, PdfResult } from './pdf-job.js';
import { createProgress } from './pdf-progress.js';

const help = `用法：nianbao pdf 文件… [-o 输出.pdf | --out-dir 目录] [--force]
                   [--font-body 字体 --font-heading 字体 --font-title 字体] [--config 配置文件]

把年报 JSON 文件排成正式 PDF（A4，版式依 GB/T 9704《党政机关公文格式》）。
多个文件并行生成；终端上显示进度条。每个 PDF 先写入临时文件再改名，不会留下不完整的文件。

选项：
  -o, --out 文件        输出的 PDF（只给一个报告时可用；默认与报告同名，扩展名改为 .pdf）
  --out-dir 目录        把所有 PDF 写到这个目录（不存在则创建）
  --force               报告有错误时仍然生成，每页标注“未通过校验”，不得作为正式文本发布
  --font-body 字体      正文字体（TTF/OTF 文件；默认 Noto Serif SC）
  --font-heading 字体   一级标题（一、…）字体（默认 Noto Sans SC）
  --font-title 字体     大标题及二级标题（（一）…）字体（默认 Noto Serif SC 粗体，代替楷体）
  --config 文件         配置文件，形如 { "fonts": { "body": …, "heading": …, "title": … } }，
                        路径相对于配置文件；不给时读取当前目录下的 nianbao.config.json（如有）
  -h, --help            显示本帮助

字体须含报告用到的每个字符，缺字时不生成，并列出缺少的字符及其位置。

退出码：0 全部生成；1 有报告存在错误（或字体缺字）而未生成；2 有文件无法读取、不是 JSON，或字体不可用。`;

function outputPaths(
  files: readonly string[],
  cwd: string,
  out?: string,
  outDir?: string,
): string[] {
  if (out !== undefined && outDir !== undefined) throw new UsageError('-o 与 --out-dir 只能选一个');
  if (out !== undefined && files.length > 1)
    throw new UsageError('多个报告请用 --out-dir 指定输出目录');
  if (out !== undefined) return [resolve(cwd, out)];
  const paths = files.map((file) => {
    const name = `${basename(file, extname(file))}.pdf`;
    return outDir === undefined
      ? join(dirname(resolve(cwd, file)), name)
      : resolve(cwd, outDir, name);
  });
  const seen = new Set<string>();
  for (const [index, path] of paths.entries()) {
    if (seen.has(path))
      throw new UsageError(`${files[index] ?? ''} 与另一个报告会输出到同一个文件 ${path}`);
    seen.add(path);
  }
  return paths;
}

function exitCodeOf(results: readonly PdfResult[]): number {
  if (results.some((r) => r.status === 'unreadable')) return exitCodes.unreadable;
  if (results.some((r) => r.status === 'failed')) return 70;
  if (results.some((r) => r.status === 'refused')) return exitCodes.findings;
  return exitCodes.ok;
}

function summarise(results: readonly PdfResult[]): string {
  const count = (status: PdfResult['status']) => results.filter((r) => r.status === status).length;
  const failed = count('failed') ? `，${count('failed')} 份出错` : '';
  return `共 ${results.length} 份：${count('ok')} 份已生成，${count('refused')} 份未生成（有错误或缺字），${count('unreadable')} 份无法读取${failed}\n`;
}

async function run(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      'out-dir': { type: 'string' },
      force: { type: 'boolean', default: false },
      'font-body': { type: 'string' },
      'font-heading': { type: 'string' },
      'font-title': { type: 'string' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(`${help}\n`);
    return exitCodes.ok;
  }
  if (positionals.length === 0) throw new UsageError('请给出至少一个年报 JSON 文件');
  const outs = outputPaths(positionals, io.cwd, values.out, values['out-dir']);

  // The renderer (pdfmake, fonts) loads only when a PDF is made, so other commands start fast.
  const [{ readFontConfig }, { renderAll }] = await Promise.all([
    import('./pdf-config.js'),
    import('./pdf-pool.js'),
  ]);
  const config = await readFontConfig(values.config, io.cwd);
  if (!config.ok) {
    io.err(`${config.message}\n`);
    return exitCodes.unreadable;
  }
  const flags: Partial<Record<keyof FontFiles, string | undefined>> = {
    body: values['font-body'],
    heading: values['font-heading'],
    title: values['font-title'],
  };
  const fonts: { -readonly [K in keyof FontFiles]?: string } = { ...config.fonts };
  for (const [role, path] of Object.entries(flags) as [keyof FontFiles, string | undefined][]) {
    if (path !== undefined) fonts[role] = resolve(io.cwd, path);
  }

  if (values['out-dir'] !== undefined)
    await mkdir(resolve(io.cwd, values['out-dir']), { recursive: true });
  const jobs: PdfJob[] = positionals.map((file, index) => ({
    file,
    out: outs[index] ?? '',
    cwd: io.cwd,
    force: values.force,
    fonts,
  }));
  const progress = createProgress(io, jobs.length);
  const results = await renderAll(jobs, progress.report);
  progress.finish();
  if (results.length > 1) io.out(summarise(results));
  return exitCodeOf(results);
}

export const pdfCommand: Command = {
  name: 'pdf',
  summary: '把年报排成正式 PDF',
  help,
  run,
};
