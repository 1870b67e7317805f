import { parentPort } from 'node:worker_threads';
import { importOne, type ImportJob } from './import-one.js';

// A worker reads one file at a time and answers with its outcome; the readers stay loaded.
parentPort?.on('message', (job: ImportJob) => {
  void importOne(job).then((outcome) => parentPort?.postMessage(outcome));
});
