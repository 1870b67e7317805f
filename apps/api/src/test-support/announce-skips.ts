// Vitest global setup: the one place that says, once per run, why the PostgreSQL suites skip.
export default function announceSkips(): void {
  if (process.env.NIANBAO_TEST_DATABASE_URL) return;
  // In CI a missing database is a broken setup, not a reason to test less.
  if (process.env.CI === 'true')
    throw new Error('CI=true but NIANBAO_TEST_DATABASE_URL is not set: source .ci/postgres.sh');
  console.warn(
    '\n[nianbao/api] PostgreSQL suites SKIPPED: NIANBAO_TEST_DATABASE_URL is not set. ' +
      "Run them with `bash -c 'source .ci/postgres.sh; pnpm --filter @nianbao/api test'` (CI always sets it).\n",
  );
}
