import { RenderError } from '@nianbao/pdf';
import type { Report } from '@nianbao/schema';
import type { StoredReport } from '../db/repository.js';
import { ProblemError } from '../http/problem.js';
import type { ApiOutputFormat } from './output-formats.js';
import { renderProblem } from './render-pool.js';

// A report version never changes, so its rendering can be kept; a few recent ones are enough.
const cache = new Map<string, Uint8Array | string>();
const cacheSize = 20;

/** One stored report in one format; a renderer's refusal (e.g. errors in the report) is a 422. */
export async function renderExport(
  format: ApiOutputFormat,
  stored: StoredReport,
): Promise<Uint8Array | string> {
  const key = `${format.id}:${stored.id}:${stored.version}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  let output: Uint8Array | string;
  try {
    output = await format.render(
      stored.report as Report,
      stored.correctionReason === null ? {} : { correction: { reason: stored.correctionReason } },
    );
  } catch (error) {
    if (error instanceof RenderError) throw renderProblem(error);
    if (!(error instanceof Error)) throw error;
    const { findings } = error as { findings?: unknown };
    throw new ProblemError(422, error.message, findings === undefined ? {} : { findings });
  }
  if (cache.size >= cacheSize) cache.delete(cache.keys().next().value ?? '');
  cache.set(key, output);
  return output;
}
