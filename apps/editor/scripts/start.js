#!/usr/bin/env node
// Runs the API (internal port) and the editor (public PORT) together; the editor forwards /api.
// Both must be built first (`pnpm build`). Stops both when either stops or on Ctrl+C.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const apiMain = `${root}apps/api/dist/main.js`;
const editorMain = `${root}apps/editor/build/index.js`;
for (const file of [apiMain, editorMain, `${root}packages/config/dist/index.js`])
  if (!existsSync(file)) {
    console.error(`请先运行 pnpm build，缺少 ${file}`);
    process.exit(1);
  }

const { readOrExit, readServerConfig, serverAddress } = await import('@nianbao/config');
// Every variable is checked here, so a wrong one stops before either server starts.
const { host, port, apiPort } = readOrExit(() =>
  readServerConfig(process.env, { cwd: process.cwd() }),
);
if (port === apiPort) {
  console.error(
    `配置有误，程序未启动：\n环境变量 PORT 与 NIANBAO_API_PORT 不可用：应为两个不同的端口`,
  );
  process.exit(2);
}
const apiUrl = serverAddress({ host: '127.0.0.1', port: apiPort, path: '' });

const children = [
  spawn(process.execPath, [apiMain], {
    stdio: 'inherit',
    // The quick start is a demo: sample agencies, users and reports, passwords printed.
    env: { NIANBAO_DEMO: '1', ...process.env, PORT: String(apiPort), HOST: '127.0.0.1' },
  }),
  spawn(process.execPath, [editorMain], {
    stdio: 'inherit',
    env: {
      // adapter-node reads 512 KB of a body by default; the API takes imports up to 30 MB.
      BODY_SIZE_LIMIT: '30M',
      ...process.env,
      PORT: String(port),
      HOST: host,
      NIANBAO_API_URL: apiUrl,
    },
  }),
];
// Each address ends its line: terminals would take adjacent full-width text into the link.
console.log(`年报编辑器： ${serverAddress({ host, port })}`);
console.log(`API： ${apiUrl}/api/docs`);

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
