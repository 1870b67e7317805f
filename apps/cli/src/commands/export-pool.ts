import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { exportFile, type ExportJob, type ExportResult } from './export-job.js';

const workerUrl = new URL('./export-worker.js', import.meta.url);

const crashed = (job: ExportJob, error: Error): ExportResult[] =>
  job.files.map((file) => ({
    file,
    out: job.out,
    status: 'failed',
    message: `${file}：内部错误（${error.message}）`,
  }));

/**
 * Exports jobs in worker threads, at most `workers` (default one per core); one job alone runs in
 * this thread. Calls `onResult` for each input file as its job finishes.
 */
export async function exportAll(
  jobs: readonly ExportJob[],
  options: { onResult: (result: ExportResult) => void; workers?: number },
): Promise<ExportResult[]> {
  const results: ExportResult[] = [];
  const finish = (done: readonly ExportResult[]) => {
    results.push(...done);
    done.forEach(options.onResult);
  };
  const [only] = jobs;
  if (jobs.length === 1 && only) {
    finish(await exportFile(only));
    return results;
  }
  let next = 0;
  const runWorker = (): Promise<void> =>
    new Promise<void>((resolve) => {
      const worker = new Worker(workerUrl, { resourceLimits: { maxYoungGenerationSizeMb: 64 } });
      let current: ExportJob | undefined;
      const feed = () => {
        current = jobs[next++];
        if (current) worker.postMessage(current);
        else void worker.terminate().then(() => resolve());
      };
      worker.on('message', (done: ExportResult[]) => {
        finish(done);
        feed();
      });
      // A crashed worker costs its current job only: a fresh worker takes over the queue.
      worker.on('error', (error) => {
        if (current) finish(crashed(current, error));
        void runWorker().then(resolve);
      });
      feed();
    });
  const count = Math.min(jobs.length, Math.max(1, options.workers ?? availableParallelism()));
  await Promise.all(Array.from({ length: count }, runWorker));
  return results;
}
