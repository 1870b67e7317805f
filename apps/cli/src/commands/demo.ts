import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { Command } from '../command.js';
import { exitCodes, type Io } from '../io.js';
import { validateCommand } from './validate.js';

const help = `用法：nianbao demo

校验 nianbao 自带的示例年报（真实的平湖市独山港镇 2021 年报，以及一对前后年度的示例报告），
并演示一份有错误的报告会得到怎样的提示。

选项：
  -h, --help   显示本帮助`;

const example = (name: string): string =>
  fileURLToPath(import.meta.resolve(`@nianbao/schema/fixtures/${name}`));

async function run(args: readonly string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: { help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.out(`${help}\n`);
    return exitCodes.ok;
  }
  const shown = (name: string): string => relative(io.cwd, example(name));
  io.out('nianbao：政府信息公开工作年度报告的编写、校验与发布\n\n一、校验示例年报\n\n');
  const clean = await validateCommand.run(
    [shown('2021-pinghu-dushangang.json'), shown('2021-jiangnan-city.json')],
    io,
  );
  io.out('\n二、跨年度核对（以 2021 年报为上年报告）\n\n');
  const crossYear = await validateCommand.run(
    [shown('2022-jiangnan-city.json'), '--previous', shown('2021-jiangnan-city.json')],
    io,
  );
  io.out('\n三、一份收支不平衡的报告会得到的提示\n\n');
  await validateCommand.run([shown('broken/requests.balance.json')], io);
  io.out('\n校验自己的报告：pnpm nianbao validate 文件.json [--previous 上年.json] [--json]\n');
  return Math.max(clean, crossYear);
}

export const demoCommand: Command = {
  name: 'demo',
  summary: '校验并展示自带的示例年报',
  help,
  run,
};
