import type { z } from 'zod';
import { ConfigError, variableProblem, type ConfigProblem } from './config-error.js';
import type { DatabaseTarget } from './database-url.js';
import {
  acceptedForms,
  secretVariables,
  serverEnvSchema,
  type ServerVariable,
} from './server-env.js';

export type Environment = Readonly<Record<string, string | undefined>>;

export interface ServerConfig {
  /** The port the process serves people on: the editor under the launcher, else the API. */
  readonly port: number;
  readonly host: string;
  /** The API's own port when the launcher runs it behind the editor. */
  readonly apiPort: number;
  /** Where the editor's server finds the API. */
  readonly apiUrl: string;
  readonly database: DatabaseTarget;
  readonly adminPassword: string | undefined;
  readonly sqliteSynchronous: 'NORMAL' | 'FULL';
  /** Whether a reverse proxy's `X-Forwarded-For` and `X-Forwarded-Proto` are believed. */
  readonly trustProxy: boolean;
  /** Whether the API prints one access-log line per request. */
  readonly accessLog: boolean;
  /** Demo start (`NIANBAO_DEMO=1`): demo agencies, users and reports on an empty database. */
  readonly demo: boolean;
  /** Minutes without a request after which a session ends. */
  readonly sessionIdleMinutes: number;
  /** Hours after login after which a session ends, however busy. */
  readonly sessionMaxHours: number;
  readonly passwordMinLength: number;
}

function problemsOf(issues: readonly z.core.$ZodIssue[], env: Environment): ConfigProblem[] {
  const names = new Set(issues.map((issue) => issue.path[0] as ServerVariable));
  return Object.keys(acceptedForms)
    .filter((name): name is ServerVariable => names.has(name as ServerVariable))
    .map((name) =>
      variableProblem({
        name,
        value: env[name],
        accepted: acceptedForms[name],
        secret: secretVariables.has(name),
      }),
    );
}

/**
 * Every server setting from `env` (usually `process.env`), relative paths against `cwd`, with
 * the defaults of README.md; throws a ConfigError naming every wrong variable.
 */
export function readServerConfig(env: Environment, options: { cwd: string }): ServerConfig {
  const result = serverEnvSchema(options.cwd).safeParse(env);
  if (!result.success) throw new ConfigError(problemsOf(result.error.issues, env));
  const values = result.data;
  return {
    port: values.PORT,
    host: values.HOST,
    apiPort: values.NIANBAO_API_PORT,
    apiUrl: values.NIANBAO_API_URL ?? `http://127.0.0.1:${values.NIANBAO_API_PORT}`,
    database: values.DATABASE_URL,
    adminPassword: values.NIANBAO_ADMIN_PASSWORD,
    sqliteSynchronous: values.NIANBAO_SQLITE_SYNCHRONOUS,
    trustProxy: values.NIANBAO_TRUST_PROXY,
    accessLog: values.NIANBAO_ACCESS_LOG,
    demo: values.NIANBAO_DEMO === '1',
    sessionIdleMinutes: values.NIANBAO_SESSION_IDLE_MINUTES,
    sessionMaxHours: values.NIANBAO_SESSION_MAX_HOURS,
    passwordMinLength: values.NIANBAO_PASSWORD_MIN_LENGTH,
  };
}

/** What the editor's server needs to forward `/api` calls to the API. */
export interface EditorServerConfig {
  /** Where the API listens (`NIANBAO_API_URL`, else `NIANBAO_API_PORT` on 127.0.0.1). */
  readonly apiUrl: string;
  /** Whether the browser's address and scheme come from a reverse proxy's headers. */
  readonly trustProxy: boolean;
}

/** The editor's server settings from `env`; throws a ConfigError naming every wrong variable. */
export function readEditorServerConfig(env: Environment): EditorServerConfig {
  const schema = serverEnvSchema('/').pick({
    NIANBAO_API_URL: true,
    NIANBAO_API_PORT: true,
    NIANBAO_TRUST_PROXY: true,
  });
  const result = schema.safeParse(env);
  if (!result.success) throw new ConfigError(problemsOf(result.error.issues, env));
  const {
    NIANBAO_API_URL: url,
    NIANBAO_API_PORT: port,
    NIANBAO_TRUST_PROXY: trustProxy,
  } = result.data;
  return { apiUrl: url ?? `http://127.0.0.1:${port}`, trustProxy };
}
