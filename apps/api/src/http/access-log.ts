import { createMiddleware } from 'hono/factory';

/** Where access-log lines go: stdout in production, a spy in tests. */
export type LogLine = (line: string) => void;

/**
 * One line per request once answered: time, method, path (no query), status and milliseconds;
 * never bodies, headers, passwords or tokens.
 */
export const accessLog = (write: LogLine) =>
  createMiddleware(async (c, next) => {
    const started = performance.now();
    try {
      await next();
    } finally {
      const ms = Math.round(performance.now() - started);
      // The raw, still percent-encoded path: a decoded one could break the line with a newline.
      const path = new URL(c.req.url).pathname;
      write(`${new Date().toISOString()} ${c.req.method} ${path} ${c.res.status} ${ms}ms`);
    }
  });
