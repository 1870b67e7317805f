#!/usr/bin/env node
// Runs the API (internal port) and the editor (public PORT) together; the editor forwards /api.
// Both must be built first (`pnpm build`). Stops both when either stops or on Ctrl+C.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const apiMain = `${root}apps/api/dist/main.js`;
const editorMain = `${root}apps/editor/build/index.js`;
for (const file of [apiMain, editorMain])
  if (!existsSync(file)) {
    console.error(`缺少 ${file}：请先运行 pnpm build`);
    process.exit(1);
  }

const host = process.env.HOST ?? '127.0.0.1';
const port = process.env.PORT ?? '3000';
const apiPort = process.env.NIANBAO_API_PORT ?? '3001';
const apiUrl = `http://127.0.0.1:${apiPort}`;

const children = [
  spawn(process.execPath, [apiMain], {
    stdio: 'inherit',
    env: { ...process.env, PORT: apiPort, HOST: '127.0.0.1' },
  }),
  spawn(process.execPath, [editorMain], {
    stdio: 'inherit',
    env: { ...process.env, PORT: port, HOST: host, NIANBAO_API_URL: apiUrl },
  }),
];
console.log(
  `年报编辑器：http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/（API 在 ${apiUrl}）`,
);

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 5000).unref();
  Promise.all(
    children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)),
  ).then(() => process.exit(code));
}
for (const child of children) child.once('exit', (code) => stop(code ?? 1));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
