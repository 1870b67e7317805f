import {
  createRenderPool,
  readRenderPoolConfig,
  RenderError,
  type RenderErrorKind,
  type RenderPool,
} from '@nianbao/pdf';
import { ProblemError } from '../http/problem.js';

// Each thread imports this module and takes the format by its export name: the built file, or
// under the tests (sources, where the pool's threads load TypeScript through tsx) the source.
const formatsModule = new URL(
  import.meta.url.endsWith('.ts') ? './pool-formats.ts' : './pool-formats.js',
  import.meta.url,
).href;
const pooled = (exportName: string) => ({ moduleUrl: formatsModule, exportName });

/** The formats besides the PDF that render in the pool, by id (`OutputFormat.id`). */
export const pooledFormats = {
  html: pooled('htmlFormat'),
  docx: pooled('docxFormat'),
  xlsx: pooled('xlsxFormat'),
  csv: pooled('csvFormat'),
};

let pool: RenderPool | undefined;

/**
 * The process's render pool (worker threads, time and size limits), started with the first file
 * asked for: every output format renders there, so a long render delays no other request.
 */
export const renderPool = (): RenderPool =>
  (pool ??= createRenderPool({ ...readRenderPoolConfig(process.env), formats: pooledFormats }));

/** Refusals a retry may cure (the server was busy) are 503; the report's own faults 422. */
const statusOf = (kind: RenderErrorKind) => (kind === 'timeout' || kind === 'busy' ? 503 : 422);

/** A pool's refusal as the HTTP problem it is; anything else is rethrown. */
export function renderProblem(error: unknown): ProblemError {
  if (!(error instanceof RenderError)) throw error;
  return new ProblemError(statusOf(error.kind), error.message, { findings: error.findings });
}
