// Writes report.schema.json from the zod schema; `pnpm --filter @nianbao/schema json-schema`.
import { writeFileSync } from 'node:fs';
import { reportJsonSchema } from '../src/index.js';

const target = new URL('../report.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
