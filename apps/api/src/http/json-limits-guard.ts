import { createMiddleware } from 'hono/factory';
import { jsonLimitBroken, type JsonLimits } from './json-limits.js';
import { problemResponse } from './problem.js';

const jsonType = /^application\/([a-z.-]+\+)?json/i;

/**
 * Refuses (400) a body that is JSON (by its type, or by its first character, as `/api/validate`
 * reads any type) and nests too deep or holds too long a string; `longStrings` lists the paths
 * whose strings are whole documents, bounded by the body limit only.
 */
export const jsonLimitsGuard = (options: JsonLimits & { longStrings: readonly string[] }) =>
  createMiddleware(async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const text = await c.req.text();
    const looksJson = jsonType.test(c.req.header('content-type') ?? '') || /^\s*[[{]/.test(text);
    const limits = options.longStrings.includes(c.req.path)
      ? { ...options, maxStringLength: Number.POSITIVE_INFINITY }
      : options;
    const broken = looksJson ? jsonLimitBroken(text, limits) : undefined;
    if (broken !== undefined)
      return problemResponse(c, 400, broken, { errors: [{ path: 'body', message: broken }] });
    return next();
  });
