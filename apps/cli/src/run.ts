import { UsageError, type Command } from './command.js';
import { demoCommand } from './commands/demo.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { pdfCommand } from './commands/pdf.js';
import { rollupCommand } from './commands/rollup.js';
import { validateCommand } from './commands/validate.js';
import { exitCodes, type Io } from './io.js';

export const commands: readonly Command[] = [
  validateCommand,
  pdfCommand,
  exportCommand,
  importCommand,
  rollupCommand,
  demoCommand,
];

const overview = (): string =>
  [
    '用法：nianbao 命令 [参数…]',
    '',
    '政府信息公开工作年度报告（国办公开办函〔2021〕30号格式）的命令行工具。',
    '',
    '命令：',
    ...commands.map((command) => `  ${command.name.padEnd(10)}${command.summary}`),
    '',
    '每个命令都可加 --help 查看详细用法。',
  ].join('\n');

const isParseArgsError = (error: unknown): error is Error & { code: string } =>
  error instanceof Error && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');

/** Runs `nianbao` with the given arguments and returns the exit code; never throws. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(`${overview()}\n`);
    return name === undefined ? exitCodes.unreadable : exitCodes.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`未知命令：${name}\n\n${overview()}\n`);
    return exitCodes.unreadable;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.err(`参数有误：${error.message}\n\n${command.help}\n`);
      return exitCodes.unreadable;
    }
    io.err(
      `nianbao ${name} 出现内部错误：${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 70;
  }
}
