import { readFileSync } from 'node:fs';
import { readPdfPages } from './src/pdf-items.js';
import { pageLines } from './src/pdf-lines.js';
const pages = await readPdfPages(new Uint8Array(readFileSync(process.argv[2]!)));
for (const [n, page] of pages.entries()) {
  console.log('--- page', n + 1, 'rules', page.rules?.length);
  for (const { line } of pageLines(page)) console.log(line.isRow ? 'R' : 'P', JSON.stringify(line.cells));
}
