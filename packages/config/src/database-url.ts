import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the data lives: an SQLite file (an absolute path, or `:memory:`) or a PostgreSQL URL. */
export type DatabaseTarget =
  | { readonly dialect: 'sqlite'; readonly path: string }
  | { readonly dialect: 'postgres'; readonly url: string };

export const defaultDatabaseUrl = 'sqlite:./data/nianbao.sqlite';

export const databaseUrlForms =
  '应为 sqlite:路径、file:路径（file:/… 为绝对路径，file:… 为相对于工作目录的路径）、' +
  'postgres://… 或 postgresql://…（不带前缀的文件路径也按 SQLite 打开）';

// Two letters at least, so that a Windows drive (C:\…) still reads as a plain path.
const scheme = /^[a-z][a-z0-9+.-]+:/i;

function sqliteFile(path: string, cwd: string): DatabaseTarget | undefined {
  if (path === '') return undefined;
  if (path === ':memory:') return { dialect: 'sqlite', path };
  return { dialect: 'sqlite', path: isAbsolute(path) ? path : resolve(cwd, path) };
}

function fileUrlPath(url: string): string | undefined {
  const rest = url.slice('file:'.length);
  if (!rest.startsWith('//')) return rest;
  try {
    return fileURLToPath(url);
  } catch {
    return undefined;
  }
}

/**
 * Reads a `DATABASE_URL`: `postgres://…`/`postgresql://…`, `sqlite:PATH`, `file:PATH`
 * (`file:/abs`, `file:rel`, `file:///abs`) or a plain path, relative paths against `cwd`;
 * undefined for anything else, such as `mysql://…`.
 */
export function parseDatabaseUrl(url: string, cwd: string): DatabaseTarget | undefined {
  if (/^postgres(ql)?:\/\//i.test(url))
    return URL.canParse(url) ? { dialect: 'postgres', url } : undefined;
  if (/^sqlite:/i.test(url)) return sqliteFile(url.replace(/^sqlite:(\/\/)?/i, ''), cwd);
  if (/^file:/i.test(url)) {
    const path = fileUrlPath(url);
    return path === undefined ? undefined : sqliteFile(path, cwd);
  }
  if (scheme.test(url)) return undefined;
  return sqliteFile(url, cwd);
}
