import type { RenderPoolOptions } from './create-render-pool.js';

/** A positive whole number from an environment variable, else undefined; a wrong value throws. */
function positive(env: Readonly<Record<string, string | undefined>>, name: string) {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`环境变量 ${name} 的值 ${JSON.stringify(raw)} 不可用：应为正整数`);
  return value;
}

/**
 * The render pool's settings from the environment: `NIANBAO_RENDER_THREADS` (default CPU count
 * − 1), `NIANBAO_RENDER_TIME_LIMIT_MS` (default 20000), `NIANBAO_RENDER_MAX_REPORT_CHARS`
 * (default 4000000); throws a Chinese message naming a wrong variable.
 */
export function readRenderPoolConfig(
  env: Readonly<Record<string, string | undefined>>,
): RenderPoolOptions {
  const threads = positive(env, 'NIANBAO_RENDER_THREADS');
  const timeLimitMs = positive(env, 'NIANBAO_RENDER_TIME_LIMIT_MS');
  const maxReportChars = positive(env, 'NIANBAO_RENDER_MAX_REPORT_CHARS');
  return {
    ...(threads === undefined ? {} : { threads }),
    ...(timeLimitMs === undefined ? {} : { timeLimitMs }),
    ...(maxReportChars === undefined ? {} : { maxReportChars }),
  };
}
