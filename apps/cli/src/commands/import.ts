import { basename, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isBlankCellFinding, isImportFinding } from '@nianbao/import';
import {
  agencyLevels,
  type AgencyLevel,
  type Finding,
  isSupportedYear,
  supportedYears,
} from '@nianbao/schema';
import { UsageError, type Command } from '../command.js';
import { exitCodes, type Io } from '../io.js';
import { describeReport, formatFindings } from '../print-findings.js';
import { importAll } from './import-pool.js';
import type { ImportOutcome } from './import-one.js';

const help = `用法：nianbao import 文件… [-o 输出.json | --out-dir 目录] [--json]
                      [--year 年度] [--agency 机关名称] [--level 级别]

把已发布的年度报告读成年报 JSON：网页（.html/.htm，政务公开平台页面或 Word 另存的网页）、
PDF（含文字层；扫描件无法读取）、Word 文件（.docx；旧版 .doc 请先另存为 .docx）
或从网页、PDF 复制的文字（.txt）。表格按官方格式的标签查找，括号全角半角、标签中的空格、
千分位、全角数字、单位（件、万元、元）都能识别；空白格按 0 读入并给出警告，
无法读作数字的格按 0 读入并报错，请对照原文核对。读入后按格式校验，列出报告本身的问题。

选项：
  -o, --out 文件      输出的 JSON（只给一个文件时可用）
  --out-dir 目录      为每个文件写出“原文件名.json”到这个目录（不存在则创建）
                      两者都不给且只有一个文件时，JSON 输出到标准输出
  --year 年度         报告年度（默认从标题读出）
  --agency 名称       机关名称（默认从标题读出）
  --level 级别        机关层级：${agencyLevels.join('、')}（原文中没有，需要时给出）
  --workers 数量      并行读入的线程数（默认每个处理器核心一个）
  --json              输出一个 JSON 对象：{ "imports": [ { "file", "out", "findings" } ] }
  -h, --help          显示本帮助

即使有格无法读出，JSON 也照样写出。
退出码：0 全部读入，读入时没有错误；1 有文件缺少表格或有格无法读作数字；
        2 有文件无法读取或其中没有年度报告。`;

function outputPaths(files: readonly string[], io: Io, out?: string, outDir?: string) {
  if (out !== undefined && outDir !== undefined) throw new UsageError('-o 与 --out-dir 只能选一个');
  if (out !== undefined && files.length > 1)
    throw new UsageError('多个文件请用 --out-dir 指定输出目录');
  if (out === undefined && outDir === undefined && files.length > 1)
    throw new UsageError('多个文件请用 --out-dir 指定输出目录');
  if (out !== undefined) return [resolve(io.cwd, out)];
  if (outDir === undefined) return [null];
  const paths = files.map((file) =>
    resolve(io.cwd, outDir, `${basename(file, extname(file))}.json`),
  );
  const repeated = paths.find((path, index) => paths.indexOf(path) !== index);
  if (repeated) throw new UsageError(`有两个文件会输出到同一个文件 ${repeated}`);
  return paths;
}

function parseYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const year = Number(text);
  if (!isSupportedYear(year))
    throw new UsageError(
      `年度“${text}”无效：应为 ${supportedYears.first}–${supportedYears.last} 之间的年份`,
    );
  return year;
}

function parseLevel(text: string | undefined): AgencyLevel | undefined {
  if (text === undefined) return undefined;
  const level = agencyLevels.find((l) => l === text);
  if (!level) throw new UsageError(`级别“${text}”无效，可用：${agencyLevels.join('、')}`);
  return level;
}

const isImportError = (finding: Finding) =>
  isImportFinding(finding) && finding.severity === 'error';

/** The human account of one import: where it went, the reading, then the report's own findings. */
function describeOutcome(outcome: ImportOutcome): string {
  const { file, out, findings, report } = outcome;
  const own = findings.filter(isImportFinding);
  const blanks = own.filter(isBlankCellFinding);
  const others = own.filter((f) => !isBlankCellFinding(f));
  const lines = [`${file} → ${out ?? '标准输出'}：${describeReport(report)}`];
  for (const finding of others) {
    lines.push(
      `  ${finding.severity === 'error' ? '✗ 读入错误' : '! 读入警告'} ${finding.rule}`,
      `    ${finding.message}`,
    );
  }
  if (blanks.length > 0) {
    const cells = blanks.slice(0, 5).flatMap((f) => f.cells);
    lines.push(
      `  ! ${blanks.length} 个空白格按 0 读入（${cells.join('、')}${blanks.length > 5 ? ' 等' : ''}）`,
    );
  }
  const errors = others.filter((f) => f.severity === 'error').length;
  lines.push(errors ? `  读入有 ${errors} 个错误，请对照原文核对` : '  读入完成', '');
  const checked = findings.filter((f) => !isImportFinding(f));
  return `${lines.join('\n')}\n${formatFindings(`  校验 ${basename(file)}`, report, checked)}`;
}

async function run(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      out: { type: 'string', short: 'o' },
      'out-dir': { type: 'string' },
      year: { type: 'string' },
      agency: { type: 'string' },
      level: { type: 'string' },
      workers: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(`${help}\n`);
    return exitCodes.ok;
  }
  if (positionals.length === 0) throw new UsageError('请给出至少一个要读入的文件');
  const outs = outputPaths(positionals, io, values.out, values['out-dir']);
  const year = parseYear(values.year);
  const level = parseLevel(values.level);
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers > 0))
    throw new UsageError('--workers 须为正整数');
  const agency = {
    ...(values.agency === undefined ? {} : { name: values.agency }),
    ...(level === undefined ? {} : { level }),
  };
  const options = { ...(year === undefined ? {} : { year }), agency };

  const outcomes: ImportOutcome[] = [];
  const jobs = positionals.map((file, index) => ({
    file,
    out: outs[index] ?? null,
    cwd: io.cwd,
    options,
  }));
  outcomes.push(...(await importAll(jobs, workers === undefined ? {} : { workers })));
  const toStdout = outs[0] === null;
  const say = toStdout ? io.err : io.out;
  for (const outcome of outcomes) {
    if (outcome.error !== undefined) io.err(`${outcome.error}\n`);
    else if (!values.json) say(describeOutcome(outcome));
  }
  if (values.json) {
    const imports = outcomes.map(({ file, out, findings, report, error }) => ({
      file,
      out,
      findings,
      ...(error === undefined ? {} : { error }),
      ...(toStdout && report ? { report } : {}),
    }));
    io.out(`${JSON.stringify({ imports }, null, 2)}\n`);
  } else if (toStdout && outcomes[0]?.report) {
    io.out(`${JSON.stringify(outcomes[0].report, null, 2)}\n`);
  }
  if (outcomes.some((o) => o.error !== undefined)) return exitCodes.unreadable;
  return outcomes.some((o) => o.findings.some(isImportError)) ? exitCodes.findings : exitCodes.ok;
}

export const importCommand: Command = {
  name: 'import',
  summary: '把已发布的年报网页、PDF、Word 文件或复制的文字读成 JSON',
  help,
  run,
};
