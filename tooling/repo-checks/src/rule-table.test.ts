import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  importRuleRows,
  replaceBetweenMarkers,
  ruleTable,
  validateRuleRows,
  withRuleTables,
} from './rule-table.js';

const readme = fileURLToPath(new URL('../../../README.md', import.meta.url));

describe("the README's rule tables", () => {
  it('are up to date with the catalogs (regenerate with `pnpm --filter @nianbao/repo-checks rule-table`)', async () => {
    const text = readFileSync(readme, 'utf8');
    expect(text).toBe(await withRuleTables(text, readme));
  });

  it('list every rule of every format once, and say which formats have a rule not all do', () => {
    const rows = validateRuleRows();
    expect(rows[0]?.id).toBe('schema');
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    expect(rows.find((row) => row.id === 'crossYear.inForce')?.checks).toMatch(/\(2021 format\)$/);
    // Each says in English what it checks, rather than falling back to its Chinese title.
    for (const row of [...rows, ...importRuleRows()])
      expect(row.checks, row.id).toMatch(/[a-z]{3}/);
  });
});

describe('ruleTable', () => {
  it('escapes a pipe in what a rule checks', async () => {
    const table = await ruleTable([{ id: 'a.b', severity: 'error', checks: 'x | y' }], readme);
    expect(table).toContain('| `a.b` | error    | x \\| y |');
  });
});

describe('replaceBetweenMarkers', () => {
  const text = 'intro\n<!-- t:start -->\nold\n<!-- t:end -->\nafter\n';

  it('replaces what lies between the markers, keeping them', () => {
    expect(replaceBetweenMarkers(text, 't', 'new\n')).toBe(
      'intro\n<!-- t:start -->\n\nnew\n\n<!-- t:end -->\nafter\n',
    );
  });

  it('refuses a text without the markers', () => {
    expect(() => replaceBetweenMarkers(text, 'other', 'new')).toThrow('<!-- other:start -->');
  });
});
