#!/usr/bin/env node
// Committed so that pnpm can link the command before the first build; the code is in dist/.
try {
  await import('../dist/main.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/main.js'))
    throw error;
  console.error('nianbao 尚未构建：请先运行 pnpm build（pnpm install 会自动构建）。');
  process.exitCode = 2;
}
