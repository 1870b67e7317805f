/**
 * The `test` options every package's vitest config starts from: tests beside the code, and a
 * timeout that survives two cores shared by every package's tests in CI (5 s did not).
 */
export const testDefaults = { include: ['src/**/*.test.ts'], testTimeout: 60_000 };
