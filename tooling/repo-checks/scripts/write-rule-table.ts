// Regenerates README.md's rule tables from the rule catalogs; `pnpm --filter @nianbao/repo-checks rule-table`.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withRuleTables } from '../src/rule-table.js';

const readme = fileURLToPath(new URL('../../../README.md', import.meta.url));
writeFileSync(readme, await withRuleTables(readFileSync(readme, 'utf8'), readme));
console.log(`wrote the rule tables of ${readme}`);
