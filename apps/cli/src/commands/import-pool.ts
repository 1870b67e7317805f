import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { importOne, type ImportJob, type ImportOutcome } from './import-one.js';

const workerUrl = new URL('./import-worker.js', import.meta.url);

/**
 * Imports files in worker threads, at most `workers` (default one per core), and returns the
 * outcomes in the files' order; one file alone (or one worker) is read in this thread.
 */
export async function importAll(
  jobs: readonly ImportJob[],
  options: { workers?: number },
): Promise<ImportOutcome[]> {
  const count = Math.min(jobs.length, Math.max(1, options.workers ?? availableParallelism()));
  const outcomes: ImportOutcome[] = [];
  if (count <= 1) {
    for (const job of jobs) outcomes.push(await importOne(job));
    return outcomes;
  }
  let next = 0;
  const runWorker = (): Promise<void> =>
    new Promise<void>((resolve) => {
      const worker = new Worker(workerUrl, { resourceLimits: { maxYoungGenerationSizeMb: 64 } });
      let current = -1;
      const feed = () => {
        current = next++;
        const job = jobs[current];
        if (job) worker.postMessage(job);
        else void worker.terminate().then(() => resolve());
      };
      worker.on('message', (outcome: ImportOutcome) => {
        outcomes[current] = outcome;
        feed();
      });
      // A crashed worker costs its current file only: a fresh worker takes over the queue.
      worker.on('error', (error) => {
        const file = jobs[current]?.file ?? '';
        outcomes[current] = {
          file,
          out: null,
          findings: [],
          error: `${file}：内部错误（${error.message}）`,
        };
        void runWorker().then(resolve);
      });
      feed();
    });
  await Promise.all(Array.from({ length: count }, runWorker));
  return outcomes;
}
