import { access } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fontRoles, type FontFiles, type FontRole } from '@nianbao/pdf';
import { readJsonFile } from '../read-json-file.js';

export const defaultConfigFile = 'nianbao.config.json';

export type FontConfig = { ok: true; fonts: Partial<FontFiles> } | { ok: false; message: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The fonts named in a config file (`{ "fonts": { "body", "heading", "title" } }`), as paths
 * relative to the file. Without `--config`, reads nianbao.config.json in the working directory if present.
 */
export async function readFontConfig(path: string | undefined, cwd: string): Promise<FontConfig> {
  const file = path ?? defaultConfigFile;
  if (path === undefined) {
    const exists = await access(resolve(cwd, file)).then(
      () => true,
      () => false,
    );
    if (!exists) return { ok: true, fonts: {} };
  }
  const read = await readJsonFile(file, cwd);
  if (!read.ok) return { ok: false, message: `配置文件 ${read.message}` };
  if (!isObject(read.value)) return { ok: false, message: `配置文件 ${file}：应为一个 JSON 对象` };
  const { fonts = {} } = read.value;
  if (!isObject(fonts)) return { ok: false, message: `配置文件 ${file}：fonts 应为一个对象` };
  const base = dirname(resolve(cwd, file));
  const chosen: { [role in FontRole]?: string } = {};
  for (const [key, value] of Object.entries(fonts)) {
    const role = fontRoles.find((r) => r === key);
    if (role === undefined) {
      return {
        ok: false,
        message: `配置文件 ${file}：fonts.${key} 不是可用的字体角色（可用 ${fontRoles.join('、')}）`,
      };
    }
    if (typeof value !== 'string' || value === '') {
      return { ok: false, message: `配置文件 ${file}：fonts.${key} 应为字体文件路径` };
    }
    chosen[role] = resolve(base, value);
  }
  return { ok: true, fonts: chosen };
}
