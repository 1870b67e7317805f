import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { ConfigError, type ConfigProblem } from './config-error.js';
import { issuePointers } from './issue-pointers.js';
import { parseJsonText } from './read-json-text.js';
import {
  rulePackAccepted,
  rulePackEntries,
  rulePackSchema,
  type LocalDeadline,
  type RulePackEntry,
} from './rule-pack.js';

export const defaultConfigFile = 'nianbao.config.json';

export interface FileConfig<Role extends string> {
  /** The file read (absolute), or undefined when the default file is absent. */
  readonly file: string | undefined;
  /** Font files by role, as absolute paths (they are written relative to the config file). */
  readonly fonts: Partial<Record<Role, string>>;
  /** Warnings switched off or on, for every agency or a subtree (`rules`). */
  readonly rules: readonly RulePackEntry[];
  /** Local deadlines earlier than the statutory ones (contract §5). */
  readonly deadlines: readonly LocalDeadline[];
}

const systemErrors: Readonly<Record<string, string>> = {
  ENOENT: '文件不存在',
  EACCES: '没有读取权限',
  EISDIR: '这是一个目录，不是文件',
};

function fileSchema(fontRoles: readonly string[], ruleIds?: readonly string[]) {
  const fonts = Object.fromEntries(fontRoles.map((role) => [role, z.string().min(1).optional()]));
  return z.object({ fonts: z.strictObject(fonts).optional(), ...rulePackSchema(ruleIds) });
}

function acceptedAt(
  pointer: string,
  fontRoles: readonly string[],
  ruleIds?: readonly string[],
): string {
  const pack = rulePackAccepted(pointer, ruleIds);
  if (pack) return pack;
  const roles = fontRoles.join('、');
  if (pointer === '') return '应为一个 JSON 对象，如 {"fonts": {"body": "fonts/body.ttf"}}';
  if (pointer === '/fonts') return `应为一个对象，键为字体角色（${roles}）`;
  if (fontRoles.some((role) => pointer === `/fonts/${role}`))
    return '应为字体文件路径（非空字符串，相对于配置文件所在目录）';
  return `不是可用的字体角色，应为 ${roles} 之一`;
}

function problemsOf(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  fontRoles: readonly string[],
  ruleIds?: readonly string[],
): ConfigProblem[] {
  return issuePointers(issues).map((name) => {
    const accepted = acceptedAt(name, fontRoles, ruleIds);
    const where = name === '' ? '的内容' : `中的 ${name}`;
    return { name, accepted, message: `配置文件 ${file} ${where} 不可用：${accepted}` };
  });
}

async function readText(file: string, optional: boolean): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (optional && code === 'ENOENT') return undefined;
    const reason = (systemErrors[code] ?? code) || String(error);
    const message = `配置文件 ${file} 无法读取（${reason}）`;
    throw new ConfigError([{ name: '', accepted: '应为可读的 JSON 文件', message }]);
  }
}

/**
 * Reads and validates `nianbao.config.json` (`{ "fonts": { role: path }, "rules", "deadlines" }`),
 * or `path` when given, against `cwd`; without `path` a missing file is no config. `ruleIds`,
 * when given, are the warnings `rules` may name. Throws a ConfigError naming the file and the
 * JSON pointer of every wrong field.
 */
export async function readConfigFile<Role extends string>(options: {
  path?: string;
  cwd: string;
  fontRoles: readonly Role[];
  ruleIds?: readonly string[];
}): Promise<FileConfig<Role>> {
  const { path, cwd, fontRoles, ruleIds } = options;
  const file = resolve(cwd, path ?? defaultConfigFile);
  const text = await readText(file, path === undefined);
  if (text === undefined) return { file: undefined, fonts: {}, rules: [], deadlines: [] };
  const json = parseJsonText(text);
  if (!json.ok) {
    const message = `配置文件 ${file} ${json.message}`;
    throw new ConfigError([{ name: '', accepted: '应为有效的 JSON', message }]);
  }
  const result = fileSchema(fontRoles, ruleIds).safeParse(json.value);
  if (!result.success)
    throw new ConfigError(problemsOf(file, result.error.issues, fontRoles, ruleIds));
  const base = dirname(file);
  const fonts: Partial<Record<Role, string>> = {};
  for (const [role, value] of Object.entries(result.data.fonts ?? {}))
    if (typeof value === 'string') fonts[role as Role] = resolve(base, value);
  const rules = rulePackEntries(result.data.rules);
  return { file, fonts, rules, deadlines: result.data.deadlines ?? [] };
}
