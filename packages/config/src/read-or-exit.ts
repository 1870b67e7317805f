import { ConfigError } from './config-error.js';

/**
 * Runs `read`; on a ConfigError prints its Chinese message (no stack trace) and ends the
 * process with exit code 2. Any other error is thrown on.
 */
export function readOrExit<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`配置有误，程序未启动：\n${error.message}\n`);
    process.exit(2);
  }
}
