import { parseArgs } from 'node:util';
import { ConfigError, readConfigFile, rulePackFor, type FileConfig } from '@nianbao/config';
import { fontRoles } from '@nianbao/pdf';
import { isPublishable, readPath, validate, warningRuleIds, type Finding } from '@nianbao/schema';
import { UsageError, type Command } from '../command.js';
import { exitCodes, type Io } from '../io.js';
import { countBySeverity, formatFindings } from '../print-findings.js';
import { readJsonFile } from '../read-json-file.js';

const help = `用法：nianbao validate 文件… [--previous 上年报告] [--json]

按 2021 年版格式（国办公开办函〔2021〕30号）校验年报 JSON 文件。

选项：
  --previous 文件   上年度的报告，用于核对与上年报告衔接的数字（跨年度规则）
  --config 文件     配置文件（默认为当前目录的 nianbao.config.json，如有）：其中的 rules 关闭或打开提醒，
                    deadlines 设定本地发布期限，按报告的机关名称适用
  --json            输出一个 JSON 对象：{ "reports": [ { "file", "ok", "findings" } ] }；
                    已说明的提醒带 "accepted": true
  -h, --help        显示本帮助

退出码：0 没有错误（可以有警告）；1 有报告存在错误；2 有文件无法读取或不是 JSON。`;

// The warnings a rule pack may switch off or on.
const ruleIds = warningRuleIds();

interface FileResult {
  readonly file: string;
  readonly ok: boolean;
  readonly findings: readonly Finding[];
  readonly error?: string;
}

async function run(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      previous: { type: 'string' },
      config: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(`${help}\n`);
    return exitCodes.ok;
  }
  if (positionals.length === 0) throw new UsageError('请给出至少一个要校验的文件');

  let previous: unknown;
  if (values.previous !== undefined) {
    const file = await readJsonFile(values.previous, io.cwd);
    if (!file.ok) {
      io.err(`上年报告${file.message}\n`);
      return exitCodes.unreadable;
    }
    previous = file.value;
  }

  let config: FileConfig<string>;
  try {
    config = await readConfigFile({ path: values.config, cwd: io.cwd, fontRoles, ruleIds });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.err(`${error.message}\n`);
    return exitCodes.unreadable;
  }

  const results: FileResult[] = [];
  for (const path of positionals) {
    const file = await readJsonFile(path, io.cwd);
    if (!file.ok) {
      io.err(`${file.message}\n`);
      results.push({ file: path, ok: false, findings: [], error: file.message });
      continue;
    }
    // The CLI knows an agency by the report's name alone: `within` names it or nothing.
    const name = readPath(file.value, ['agency', 'name']);
    const pack = rulePackFor(config, typeof name === 'string' ? [name] : []);
    const findings = validate(file.value, { previous, ...pack });
    results.push({ file: path, ok: isPublishable(findings), findings });
    if (!values.json) io.out(formatFindings(path, file.value, findings));
  }

  if (values.json) io.out(`${JSON.stringify({ reports: results }, null, 2)}\n`);
  else if (results.length > 1) io.out(summarise(results));
  if (results.some((r) => r.error !== undefined)) return exitCodes.unreadable;
  return results.every((r) => r.ok) ? exitCodes.ok : exitCodes.findings;
}

function summarise(results: readonly FileResult[]): string {
  const unreadable = results.filter((r) => r.error !== undefined).length;
  const failed = results.filter((r) => r.error === undefined && !r.ok).length;
  const warnings = results.reduce((sum, r) => sum + countBySeverity(r.findings).warnings, 0);
  return `共 ${results.length} 份：${results.length - failed - unreadable} 份通过，${failed} 份有错误，${unreadable} 份无法读取；警告共 ${warnings} 个\n`;
}

export const validateCommand: Command = {
  name: 'validate',
  summary: '校验年报 JSON 文件',
  help,
  run,
};
