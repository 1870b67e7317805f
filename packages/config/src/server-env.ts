import { z } from 'zod';
import { databaseUrlForms, defaultDatabaseUrl, parseDatabaseUrl } from './database-url.js';

const port = z
  .string()
  .regex(/^\d{1,5}$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(65535));

const hostname = z.string().regex(/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/);

const flag = (fallback: '0' | '1') =>
  z
    .string()
    .default(fallback)
    .pipe(z.enum(['0', '1']))
    .transform((value) => value === '1');

/** Every environment variable nianbao's servers read, as zod schemas over the raw strings. */
export function serverEnvSchema(cwd: string) {
  return z.object({
    PORT: z.string().default('3000').pipe(port),
    HOST: z
      .string()
      .default('127.0.0.1')
      .pipe(z.union([hostname, z.ipv6()])),
    NIANBAO_API_PORT: z.string().default('3001').pipe(port),
    NIANBAO_API_URL: z.url({ protocol: /^https?$/ }).optional(),
    DATABASE_URL: z
      .string()
      .default(defaultDatabaseUrl)
      .transform((url, context) => {
        const target = parseDatabaseUrl(url, cwd);
        if (target === undefined) context.addIssue({ code: 'custom', message: databaseUrlForms });
        return target ?? z.NEVER;
      }),
    NIANBAO_ADMIN_PASSWORD: z.string().min(1).optional(),
    NIANBAO_SQLITE_SYNCHRONOUS: z
      .string()
      .default('NORMAL')
      .transform((value) => value.toUpperCase())
      .pipe(z.enum(['NORMAL', 'FULL'])),
    NIANBAO_TRUST_PROXY: flag('0'),
    NIANBAO_ACCESS_LOG: flag('1'),
  });
}

export type ServerVariable = keyof ReturnType<typeof serverEnvSchema>['shape'];

/** What each variable accepts, in the words of the error message. */
export const acceptedForms: Readonly<Record<ServerVariable, string>> = {
  PORT: '应为 1–65535 的整数端口号（默认 3000）',
  HOST: '应为监听地址，如 127.0.0.1、localhost、0.0.0.0（所有网卡）或 ::1',
  NIANBAO_API_PORT: '应为 1–65535 的整数端口号（默认 3001）',
  NIANBAO_API_URL: '应为 API 的地址，以 http:// 或 https:// 开头，如 http://127.0.0.1:3001',
  DATABASE_URL: databaseUrlForms,
  NIANBAO_ADMIN_PASSWORD: '应为非空的密码；不设置时首次启动会生成一个并打印出来',
  NIANBAO_SQLITE_SYNCHRONOUS: '应为 NORMAL 或 FULL（大小写均可）',
  NIANBAO_TRUST_PROXY: '应为 0 或 1（1：信任反向代理的 X-Forwarded-Proto，默认 0）',
  NIANBAO_ACCESS_LOG: '应为 0 或 1（1：每个请求打印一行访问日志，默认 1）',
};

/** Variables whose value must never be printed. */
export const secretVariables: ReadonlySet<ServerVariable> = new Set(['NIANBAO_ADMIN_PASSWORD']);
