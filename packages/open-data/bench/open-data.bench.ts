// CSV of 1,000 generated reports (the open-data download of a year). Run: `pnpm bench`.
import { generateReport } from '@nianbao/schema/testing';
import { openDataCsv } from '../src/index.js';

const reports = Array.from({ length: 1000 }, (_, i) => generateReport(i));
for (let i = 0; i < 3; i++) openDataCsv(reports);
const start = performance.now();
const csv = openDataCsv(reports);
const ms = performance.now() - start;
console.log(
  `open data: 1,000 reports → ${(csv.length / 1024).toFixed(0)} KB CSV in ${ms.toFixed(1)} ms`,
);
