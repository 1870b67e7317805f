import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { renderFile, type PdfJob, type PdfResult } from './pdf-job.js';

const workerUrl = new URL('./pdf-worker.js', import.meta.url);

/**
 * Renders jobs in worker threads, one per core (one job alone runs in this thread: starting a
 * worker would only add to a cold start). Calls `onResult` as each finishes, in finishing order.
 */
export async function renderAll(
  jobs: readonly PdfJob[],
  onResult: (result: PdfResult) => void,
): Promise<PdfResult[]> {
  const [only] = jobs;
  if (jobs.length === 1 && only) {
    const result = await renderFile(only);
    onResult(result);
    return [result];
  }
  const results: PdfResult[] = [];
  let next = 0;
  const runWorker = (): Promise<void> =>
    new Promise<void>((resolve) => {
      // A larger young generation: rendering allocates many short-lived objects.
      const worker = new Worker(workerUrl, { resourceLimits: { maxYoungGenerationSizeMb: 64 } });
      let current: PdfJob | undefined;
      const feed = () => {
        current = jobs[next++];
        if (current) worker.postMessage(current);
        else void worker.terminate().then(() => resolve());
      };
      const finish = (result: PdfResult) => {
        results.push(result);
        onResult(result);
        feed();
      };
      worker.on('message', (result: PdfResult) => finish(result));
      // A crashed worker costs its current job only: a fresh worker takes over the queue.
      worker.on('error', (error) => {
        if (current) {
          const message = `${current.file}：内部错误（${error.message}）`;
          const result: PdfResult = {
            file: current.file,
            out: current.out,
            status: 'failed',
            message,
          };
          results.push(result);
          onResult(result);
        }
        void runWorker().then(resolve);
      });
      feed();
    });
  const count = Math.min(jobs.length, Math.max(1, availableParallelism()));
  await Promise.all(Array.from({ length: count }, runWorker));
  return results;
}
