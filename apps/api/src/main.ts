import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { bootstrap } from './bootstrap.js';
import { createRepository } from './db/create-repository.js';
import { defaultDatabaseUrl, openDatabase } from './db/open-database.js';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '127.0.0.1';
const databaseUrl = process.env.DATABASE_URL ?? defaultDatabaseUrl;

const database = await openDatabase(databaseUrl);
const repo = createRepository(database.db);
await bootstrap(repo, { adminPassword: process.env.NIANBAO_ADMIN_PASSWORD || undefined });

const server = serve({ fetch: createApp(repo).fetch, port, hostname }, (info) => {
  console.log(`nianbao API（${database.dialect}）已启动：http://${hostname}:${info.port}/api/docs`);
});

let isStopping = false;
function shutdown(signal: string): void {
  if (isStopping) return;
  isStopping = true;
  console.log(`收到 ${signal}，正在停止……`);
  // Finish in-flight requests, then close the database so SQLite checkpoints its WAL.
  server.close(() => {
    void database.close().then(() => process.exit(0));
  });
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
