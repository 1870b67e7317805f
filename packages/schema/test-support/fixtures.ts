import { readdirSync, readFileSync } from 'node:fs';
import type { Report } from '../src/index.js';

const root = new URL('../fixtures/', import.meta.url);

/** A fixture report by file name, e.g. `2022-jiangnan-city.json` or `broken/schema.json`. */
export const loadFixture = (name: string): Report =>
  JSON.parse(readFileSync(new URL(name, root), 'utf8')) as Report;

/** The minimal broken variants, one per rule, named after the rule they break. */
export const brokenFixtures = (): { rule: string; report: unknown }[] =>
  readdirSync(new URL('broken/', root))
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ rule: file.replace(/\.json$/, ''), report: loadFixture(`broken/${file}`) }));
