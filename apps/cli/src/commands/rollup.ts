import { writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  isPublishable,
  RollupError,
  structuralFindings,
  sumReports,
  validate,
  type Finding,
  type Report,
} from '@nianbao/schema';
import { UsageError, type Command } from '../command.js';
import { exitCodes, type Io } from '../io.js';
import { formatFindings } from '../print-findings.js';
import { readJsonFile } from '../read-json-file.js';

const help = `用法：nianbao rollup 文件… --agency 机关名称 [-o 输出.json] [--json]

把所辖各机关的年报汇总（表二至表四逐格相加）为本级的一份报告，格式与年度同输入报告，
正文留空待写；报告中的 rollup 字段列出计入的报告。金额精确到 6 位小数（万元）。

选项：
  --agency 名称     汇总机关的名称（必填），如“平湖市人民政府”
  -o 文件           把汇总报告写入该文件（否则输出到标准输出）
  --json            输出一个 JSON 对象：{ "rollup": 汇总报告, "reports": [ { "file", "ok", "findings" } ], "findings": 汇总报告的问题 }
  -h, --help        显示本帮助

退出码：0 已汇总；1 有计入的报告存在错误（仍然汇总）；2 有文件无法读取、不是年报，或年度、格式不一致。`;

interface Input {
  readonly file: string;
  readonly report: Report;
}

/** Reads every file as a report; the first that cannot be read or is not one is an error. */
async function readReports(files: readonly string[], io: Io): Promise<Input[] | string> {
  const inputs: Input[] = [];
  for (const file of files) {
    const read = await readJsonFile(file, io.cwd);
    if (!read.ok) return read.message;
    const problem = structuralFindings(read.value)[0];
    if (problem) return `${file}：不是可汇总的年报：${problem.message}`;
    inputs.push({ file, report: read.value as Report });
  }
  return inputs;
}

async function run(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      agency: { type: 'string' },
      out: { type: 'string', short: 'o' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(`${help}\n`);
    return exitCodes.ok;
  }
  const agency = values.agency?.trim();
  if (!agency) throw new UsageError('请用 --agency 给出汇总机关的名称');
  if (positionals.length === 0) throw new UsageError('请给出至少一个要汇总的报告文件');

  const inputs = await readReports(positionals, io);
  if (typeof inputs === 'string') {
    io.err(`${inputs}\n`);
    return exitCodes.unreadable;
  }
  let rollup: Report;
  try {
    rollup = sumReports({
      agency: { name: agency },
      reports: inputs.map(({ file, report }) => ({
        report,
        source: { agency: report.agency.name, file: basename(file) },
      })),
    });
  } catch (error) {
    if (!(error instanceof RollupError)) throw error;
    io.err(`${error.message}\n`);
    return exitCodes.unreadable;
  }

  const results = inputs.map(({ file, report }) => {
    const findings: readonly Finding[] = validate(report);
    return { file, ok: isPublishable(findings), findings };
  });
  const findings = validate(rollup);
  if (values.json) io.out(`${JSON.stringify({ rollup, reports: results, findings }, null, 2)}\n`);
  else {
    for (const [i, result] of results.entries())
      if (!result.ok) io.err(formatFindings(result.file, inputs[i]?.report, result.findings));
  }
  if (values.out !== undefined) {
    try {
      await writeFile(resolve(io.cwd, values.out), `${JSON.stringify(rollup, null, 2)}\n`);
    } catch (error) {
      io.err(
        `无法写出 ${values.out}（${error instanceof Error ? error.message : String(error)}）\n`,
      );
      return exitCodes.unreadable;
    }
    if (!values.json) io.out(`已汇总 ${inputs.length} 份报告，写入 ${values.out}\n`);
  } else if (!values.json) io.out(`${JSON.stringify(rollup, null, 2)}\n`);
  return results.every((r) => r.ok) && isPublishable(findings) ? exitCodes.ok : exitCodes.findings;
}

export const rollupCommand: Command = {
  name: 'rollup',
  summary: '把所辖机关的年报汇总为本级报告',
  help,
  run,
};
