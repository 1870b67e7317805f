import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { RenderOptions } from '../render-report.js';
import { RenderError } from '../render-error.js';
import type { FormatModule, RenderJob, RenderReply } from './render-job.js';
import { renderSlots } from './render-slots.js';
import { workerEntry } from './worker-entry.js';

/**
 * A pool of worker threads that render reports, so a long render delays no request of the
 * server's event loop. Each render has a time limit (the thread is then terminated and replaced)
 * and size limits on the report and on the output.
 *
 * Other output formats run in the same pool by id: give each one's module and `OutputFormat`
 * export, e.g. `createRenderPool({ formats: { html: { moduleUrl: import.meta.resolve('@nianbao/html'),
 * exportName: 'htmlFormat' } } })`, then `pool.render({ format: 'html', report })`.
 */
export interface RenderPoolOptions {
  /** Worker threads; default: CPU count − 1, at least 1. */
  readonly threads?: number;
  /** Milliseconds one render may take; default 20,000. */
  readonly timeLimitMs?: number;
  /** Largest report, in characters of its JSON; default 4,000,000. */
  readonly maxReportChars?: number;
  /** Largest output, in bytes; default 64 MB. */
  readonly maxOutputBytes?: number;
  /** Renders that may wait for a thread; default 64. */
  readonly maxQueue?: number;
  /** Heap of each thread, in MB; default 1,024. */
  readonly heapMb?: number;
  /** Formats other than the built-in `pdf`, by id. */
  readonly formats?: Readonly<Record<string, FormatModule>>;
}

/** One render request: the format id (default `pdf`), the report, and the PDF's options. */
export interface RenderRequest {
  readonly format?: string;
  readonly report: unknown;
  readonly options?: RenderOptions;
}

export interface RenderPool {
  /** Renders in a worker thread; rejects with a RenderError (Chinese message) when refused. */
  render(request: RenderRequest): Promise<Uint8Array | string>;
  /** Ends every thread; pending renders are rejected. */
  close(): Promise<void>;
  /** Threads running now. */
  readonly threads: number;
}

/** The default thread count: one core stays with the server's event loop. */
export const defaultThreads = (): number => Math.max(1, availableParallelism() - 1);

const megabytes = (n: number): string => `${(n / 1e6).toFixed(1)} MB`;

/** A piscina failure as the refusal a user reads. */
function refusalOf(error: unknown, timeLimitMs: number): unknown {
  const { name, code } = error as { name?: string; code?: string };
  if (name === 'AbortError')
    return new RenderError(
      'timeout',
      `生成文件超过 ${timeLimitMs / 1000} 秒仍未完成，已停止。请稍后重试，或删减报告中过长的文字。`,
    );
  if (code === 'ERR_WORKER_OUT_OF_MEMORY')
    return new RenderError('too-large', '报告过大，生成文件时超出内存上限。请删减过长的文字。');
  return error;
}

/**
 * Starts a render pool (threads start on demand and stop after a minute idle).
 * @example const pool = createRenderPool({ timeLimitMs: 20_000 }); const pdf = await pool.render({ report });
 */
export function createRenderPool(options: RenderPoolOptions = {}): RenderPool {
  const {
    threads = defaultThreads(),
    timeLimitMs = 20_000,
    maxReportChars = 4_000_000,
    maxOutputBytes = 64e6,
    maxQueue = 64,
    heapMb = 1024,
    formats = {},
  } = options;
  const piscina = new Piscina<RenderJob, RenderReply>({
    ...workerEntry(),
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
  });
  const slots = renderSlots(threads, maxQueue);
  const render = async ({ format = 'pdf', report, options: pdfOptions }: RenderRequest) => {
    // undefined, a function or a symbol stringify to undefined.
    const size = (JSON.stringify(report) as string | undefined)?.length ?? 0;
    if (size > maxReportChars)
      throw new RenderError(
        'too-large',
        `报告过大（${megabytes(size)}），超过生成文件的上限 ${megabytes(maxReportChars)}。请删减过长的文字。`,
      );
    const job: RenderJob = {
      format,
      report,
      formats,
      ...(pdfOptions ? { options: pdfOptions } : {}),
    };
    if (!(await slots.acquire())) throw new RenderError('busy', '正在生成的文件过多，请稍后重试。');
    const reply = await piscina
      .run(job, { signal: AbortSignal.timeout(timeLimitMs) })
      .catch((error: unknown) => {
        throw refusalOf(error, timeLimitMs);
      })
      .finally(() => slots.release());
    if (!reply.ok) throw new RenderError(reply.kind, reply.message, reply.findings);
    const bytes = typeof reply.output === 'string' ? reply.output.length : reply.output.byteLength;
    if (bytes > maxOutputBytes)
      throw new RenderError(
        'too-large',
        `生成的文件过大（${megabytes(bytes)}），超过上限 ${megabytes(maxOutputBytes)}。请删减过长的文字。`,
      );
    return reply.output;
  };
  return {
    render,
    close: () => piscina.destroy(),
    get threads() {
      return piscina.threads.length;
    },
  };
}
