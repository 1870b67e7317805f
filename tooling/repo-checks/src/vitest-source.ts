// Tests import workspace packages as TypeScript source, never their built dist/. Vitest runs node
// tests in vite's SSR environment, which has conditions of its own: both get the source condition
// first, then vite's default server conditions, written out so that every package's vitest config
// can import this file by path (vitest-source.test.ts checks they are still vite's).
export const sourceConditions = ['@nianbao/source', 'module', 'node', 'development|production'];

/** The `resolve` and `ssr.resolve` part of every package's vitest config. */
export const sourceResolve = {
  resolve: { conditions: sourceConditions },
  ssr: { resolve: { conditions: sourceConditions } },
};
