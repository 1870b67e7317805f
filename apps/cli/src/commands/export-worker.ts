import { parentPort } from 'node:worker_threads';
import { exportFile, type ExportJob } from './export-job.js';

// A worker exports one job at a time and answers with its results; renderers stay loaded.
parentPort?.on('message', (job: ExportJob) => {
  void exportFile(job).then((results) => parentPort?.postMessage(results));
});
