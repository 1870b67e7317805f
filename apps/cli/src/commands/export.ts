import { mkdir } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError, type Command } from '../command.js';
import { exitCodes, type Io } from '../io.js';
import type { ExportJob, ExportResult } from './export-job.js';
import { combinedFormats, exportFormats } from './export-formats.js';

const ids = Object.keys(exportFormats);
/** The file a combined format writes for many reports when `-o` does not name one. */
const combinedName = (extension: string): string => `open-data.${extension}`;

const help = `用法：nianbao export 文件… --to ${ids.join('|')} [-o 输出 | --out-dir 目录] [--force]

把年报 JSON 文件导出为其他格式：
${ids.map((id) => `  ${id.padEnd(6)}${exportFormats[id]?.summary ?? ''}`).join('\n')}

选项：
  --to 格式             导出格式（必填）
  -o, --out 文件        输出文件（只给一个报告时可用；csv 可给多个报告）
  --out-dir 目录        输出到这个目录（不存在则创建），文件名为“报告名.扩展名”；
                        csv 的多个报告写入该目录下的 ${combinedName('csv')}
  --force               报告有错误时仍然导出（不得作为正式文本发布）
  --workers 数量        并行导出的线程数（默认每个处理器核心一个）
  -h, --help            显示本帮助

多个报告并行导出；每个文件先写入临时文件再改名，不会留下不完整的文件。

退出码：0 全部导出；1 有报告存在错误而未导出；2 有文件无法读取或不是 JSON，或参数有误。`;

interface Plan {
  readonly files: readonly string[];
  readonly out: string;
}

function plan(
  files: readonly string[],
  options: { cwd: string; to: string; out?: string; outDir?: string },
): Plan[] {
  const { cwd, to, out, outDir } = options;
  if (out !== undefined && outDir !== undefined) throw new UsageError('-o 与 --out-dir 只能选一个');
  if (files.length > 1 && combinedFormats[to])
    return [{ files, out: resolve(cwd, out ?? join(outDir ?? '.', combinedName(to))) }];
  if (out !== undefined && files.length > 1)
    throw new UsageError('多个报告请用 --out-dir 指定输出目录');
  if (out !== undefined) return files.map((file) => ({ files: [file], out: resolve(cwd, out) }));
  const plans = files.map((file) => {
    const name = `${basename(file, extname(file))}.${to}`;
    const path =
      outDir === undefined ? join(dirname(resolve(cwd, file)), name) : resolve(cwd, outDir, name);
    return { files: [file], out: path };
  });
  const seen = new Set<string>();
  for (const {
    files: [file],
    out: path,
  } of plans) {
    if (seen.has(path))
      throw new UsageError(`${file ?? ''} 与另一个报告会输出到同一个文件 ${path}`);
    seen.add(path);
  }
  return plans;
}

function describe(result: ExportResult, cwd: string): string {
  if (result.status !== 'ok') return `✗ ${result.message}\n`;
  const note = result.forced ? '（未通过校验，已按 --force 导出）' : '';
  return `✓ ${result.file} → ${relative(cwd, result.out) || result.out}${note}\n`;
}

function exitCodeOf(results: readonly ExportResult[]): number {
  if (results.some((r) => r.status === 'unreadable')) return exitCodes.unreadable;
  if (results.some((r) => r.status === 'failed')) return 70;
  if (results.some((r) => r.status === 'refused')) return exitCodes.findings;
  return exitCodes.ok;
}

async function run(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      to: { type: 'string' },
      out: { type: 'string', short: 'o' },
      'out-dir': { type: 'string' },
      force: { type: 'boolean', default: false },
      workers: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(`${help}\n`);
    return exitCodes.ok;
  }
  const to = values.to;
  if (to === undefined) throw new UsageError(`请用 --to 指定导出格式（${ids.join('、')}）`);
  if (!exportFormats[to]) throw new UsageError(`不支持的格式 ${to}，可选：${ids.join('、')}`);
  if (positionals.length === 0) throw new UsageError('请给出至少一个年报 JSON 文件');
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers > 0))
    throw new UsageError('--workers 须为正整数');
  const plans = plan(positionals, { cwd: io.cwd, to, out: values.out, outDir: values['out-dir'] });
  if (values['out-dir'] !== undefined)
    await mkdir(resolve(io.cwd, values['out-dir']), { recursive: true });
  const jobs: ExportJob[] = plans.map(({ files, out }) => ({
    files,
    out,
    cwd: io.cwd,
    force: values.force,
    to,
  }));
  const { exportAll } = await import('./export-pool.js');
  const results = await exportAll(jobs, {
    ...(workers === undefined ? {} : { workers }),
    onResult: (result) => (result.status === 'ok' ? io.out : io.err)(describe(result, io.cwd)),
  });
  if (results.length > 1) {
    const ok = results.filter((r) => r.status === 'ok').length;
    io.out(`共 ${results.length} 份：${ok} 份已导出，${results.length - ok} 份未导出\n`);
  }
  return exitCodeOf(results);
}

export const exportCommand: Command = {
  name: 'export',
  summary: '把年报导出为网页、Word、Excel、开放数据或 PDF',
  help,
  run,
};
