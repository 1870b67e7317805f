import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A fixture report of `@nianbao/schema`, e.g. `2022-jiangnan-city.json` or `broken/schema.json`. */
export const loadFixture = (name: string): unknown =>
  JSON.parse(readFileSync(require.resolve(`@nianbao/schema/fixtures/${name}`), 'utf8')) as unknown;
