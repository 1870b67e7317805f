import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Property tests explore random inputs on a developer's machine; in CI the seed comes from the
// commit, so a run on a clean clone repeats exactly what the run before landing saw (like
// Hypothesis's derandomised CI profile). FC_SEED=n replays any run.

/** The fast-check seed for this run: FC_SEED, else (in CI) one derived from HEAD, else none. */
export function propertySeed(env: NodeJS.ProcessEnv = process.env): number | undefined {
  if (env.FC_SEED) return Number(env.FC_SEED);
  if (!env.CI) return undefined;
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    return Number.parseInt(head.slice(0, 8), 16) | 0;
  } catch {
    return undefined;
  }
}

/** The part of a vitest `test` config that seeds every fast-check property of the run. */
export function propertySeedConfig(env: NodeJS.ProcessEnv = process.env) {
  const seed = propertySeed(env);
  if (seed === undefined) return {};
  return {
    setupFiles: [fileURLToPath(new URL('./property-setup.ts', import.meta.url))],
    env: { FC_SEED: String(seed) },
  };
}
