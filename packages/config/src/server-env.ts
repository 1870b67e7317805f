import { z } from 'zod';
import { databaseUrlForms, defaultDatabaseUrl, parseDatabaseUrl } from './database-url.js';

const port = z
  .string()
  .regex(/^\d{1,5}$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(65535));

const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

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
    NIANBAO_DEMO: z.enum(['0', '1']).default('0'),
    NIANBAO_SESSION_IDLE_MINUTES: z
      .string()
      .default('30')
      .pipe(integer(1, 24 * 60)),
    NIANBAO_SESSION_MAX_HOURS: z
      .string()
      .default('12')
      .pipe(integer(1, 24 * 30)),
    NIANBAO_PASSWORD_MIN_LENGTH: z.string().default('8').pipe(integer(8, 128)),
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
  NIANBAO_ADMIN_PASSWORD:
    '应为非空的强密码（至少 8 个字符，含大写字母、小写字母、数字、符号中的三类）；数据库中尚无管理员时必须设置（NIANBAO_DEMO=1 时可不设，启动时生成并打印）',
  NIANBAO_DEMO:
    '应为 0（默认，正式部署：不建示例账号、机关和报告）或 1（演示：建示例账号和报告并打印其密码）',
  NIANBAO_SESSION_IDLE_MINUTES: '应为 1–1440 的整数：多少分钟无操作后会话失效（默认 30）',
  NIANBAO_SESSION_MAX_HOURS: '应为 1–720 的整数：登录后最长多少小时须重新登录（默认 12）',
  NIANBAO_PASSWORD_MIN_LENGTH: '应为 8–128 的整数：密码最少字符数（默认 8）',
  NIANBAO_SQLITE_SYNCHRONOUS: '应为 NORMAL 或 FULL（大小写均可）',
  NIANBAO_TRUST_PROXY:
    '应为 0 或 1（1：在反向代理之后，信任其 X-Forwarded-For 与 X-Forwarded-Proto；默认 0）',
  NIANBAO_ACCESS_LOG: '应为 0 或 1（1：每个请求打印一行访问日志，默认 1）',
};

/** Variables whose value must never be printed. */
export const secretVariables: ReadonlySet<ServerVariable> = new Set(['NIANBAO_ADMIN_PASSWORD']);
