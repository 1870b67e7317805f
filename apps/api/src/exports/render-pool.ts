import {
  createRenderPool,
  readRenderPoolConfig,
  RenderError,
  type RenderErrorKind,
  type RenderPool,
} from '@nianbao/pdf';
import { ProblemError } from '../http/problem.js';

let pool: RenderPool | undefined;

/** The process's PDF render pool (worker threads), started with the first PDF asked for. */
export const renderPool = (): RenderPool =>
  (pool ??= createRenderPool(readRenderPoolConfig(process.env)));

/** Refusals a retry may cure (the server was busy) are 503; the report's own faults 422. */
const statusOf = (kind: RenderErrorKind) => (kind === 'timeout' || kind === 'busy' ? 503 : 422);

/** A pool's refusal as the HTTP problem it is; anything else is rethrown. */
export function renderProblem(error: unknown): ProblemError {
  if (!(error instanceof RenderError)) throw error;
  return new ProblemError(statusOf(error.kind), error.message, { findings: error.findings });
}
