import { serve } from '@hono/node-server';
import {
  ConfigError,
  readConfigFile,
  readOrExit,
  readServerConfig,
  serverAddress,
} from '@nianbao/config';
import { fontRoles } from '@nianbao/pdf';
import { warningRuleIds } from '@nianbao/schema';
import { createApp } from './app.js';
import { bootstrap } from './bootstrap.js';
import { createRepository } from './db/create-repository.js';
import { openDatabase } from './db/open-database.js';

const config = readOrExit(() => readServerConfig(process.env, { cwd: process.cwd() }));
// The CLI's file and lookup: nianbao.config.json in the working directory, if present.
const rulePacks = await readConfigFile({
  cwd: process.cwd(),
  fontRoles,
  ruleIds: warningRuleIds(),
}).catch((error: unknown) =>
  readOrExit(() => {
    throw error;
  }),
);
const { port, host: hostname } = config;

const database = await openDatabase(config.database, {
  sqliteSynchronous: config.sqliteSynchronous,
});
const repo = createRepository(database, {
  sessionLifetime: { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours },
});
await bootstrap(repo, {
  demo: config.demo,
  adminPassword: config.adminPassword,
  passwordMinLength: config.passwordMinLength,
}).catch(async (error: unknown) => {
  if (!(error instanceof ConfigError)) throw error;
  await database.close();
  readOrExit(() => {
    throw error;
  });
});
const app = createApp(repo, {
  passwordMinLength: config.passwordMinLength,
  trustProxy: config.trustProxy,
  rulePacks,
  ...(config.accessLog ? { accessLog: (line: string) => console.log(line) } : {}),
});

// Requests still being handled: shutdown waits for them before closing the database.
let inFlight = 0;
let onDrained: (() => void) | undefined;
// `env` carries the socket (`getConnInfo`): without it every caller's address would be unknown.
async function fetch(request: Request, env: unknown): Promise<Response> {
  inFlight++;
  try {
    return await app.fetch(request, env);
  } finally {
    inFlight--;
    if (inFlight === 0) onDrained?.();
  }
}

const server = serve({ fetch, port, hostname }, (info) => {
  // The address stands alone after a space: terminals would take adjacent full-width text into the link.
  const docs = serverAddress({ host: hostname, port: info.port, path: '/api/docs' });
  console.log(`nianbao API（${database.dialect}）已启动： ${docs}`);
});

let isStopping = false;
async function shutdown(signal: string): Promise<void> {
  if (isStopping) return;
  isStopping = true;
  console.log(`收到 ${signal}，正在停止……`);
  setTimeout(() => process.exit(1), 10_000).unref();
  server.close();
  if (inFlight > 0) await new Promise<void>((resolve) => (onDrained = resolve));
  // Closing lets SQLite checkpoint its WAL into the main file.
  await database.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
