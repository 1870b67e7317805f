import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { bootstrap } from './bootstrap.js';
import { createRepository } from './db/create-repository.js';
import { defaultDatabaseUrl, openDatabase } from './db/open-database.js';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '127.0.0.1';
const databaseUrl = process.env.DATABASE_URL ?? defaultDatabaseUrl;

const synchronous = process.env.NIANBAO_SQLITE_SYNCHRONOUS?.toUpperCase() ?? 'NORMAL';
if (synchronous !== 'NORMAL' && synchronous !== 'FULL') {
  console.error(`NIANBAO_SQLITE_SYNCHRONOUS 应为 NORMAL 或 FULL，而不是 ${synchronous}`);
  process.exit(2);
}

const database = await openDatabase(databaseUrl, { sqliteSynchronous: synchronous });
const repo = createRepository(database);
await bootstrap(repo, { adminPassword: process.env.NIANBAO_ADMIN_PASSWORD || undefined });
const app = createApp(repo);

// Requests still being handled: shutdown waits for them before closing the database.
let inFlight = 0;
let onDrained: (() => void) | undefined;
async function fetch(request: Request): Promise<Response> {
  inFlight++;
  try {
    return await app.fetch(request);
  } finally {
    inFlight--;
    if (inFlight === 0) onDrained?.();
  }
}

const server = serve({ fetch, port, hostname }, (info) => {
  console.log(`nianbao API（${database.dialect}）已启动：http://${hostname}:${info.port}/api/docs`);
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
