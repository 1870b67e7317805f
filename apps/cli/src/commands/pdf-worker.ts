import { parentPort } from 'node:worker_threads';
import { renderFile, type PdfJob } from './pdf-job.js';

// A worker renders one job at a time and answers with its result; fonts stay loaded between jobs.
parentPort?.on('message', (job: PdfJob) => {
  void renderFile(job).then((result) => parentPort?.postMessage(result));
});
