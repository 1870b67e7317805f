import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importRuleCatalog } from '@nianbao/import';
import { ruleCatalog, tableCells, tablesOf, templates } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { findSpelledIds } from './spelled-ids.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const source = /\.(?:[cm]?[jt]s|svelte)$/;
// Tests and what only tests, benches and fixtures use may spell ids: they pin the catalog down.
const exempt = /\.(?:test|spec)\.[cm]?[jt]s$|(?:^|\/)(?:fixtures|bench|test-support|e2e)\//;

const ownSourceFiles = (): string[] =>
  execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((file) => source.test(file) && !exempt.test(file));

// Rule ids, table ids and the dotted addresses rules and tables read, over every format.
const schemaIds = new Set(
  templates.flatMap((template) => [
    ...ruleCatalog(template).flatMap((rule) => [
      rule.id,
      ...rule.cells.filter((cell) => cell.includes('.')),
    ]),
    ...tablesOf(template).map((table) => table.id),
    ...tablesOf(template)
      .flatMap(tableCells)
      .map((cell) => cell.address),
  ]),
);
const importIds = new Set(importRuleCatalog.map((rule) => rule.id));

describe('rule ids and cell addresses stay with their owner', () => {
  it('no source outside @nianbao/schema spells a rule id or cell address of its catalog', () => {
    const files = ownSourceFiles().filter((file) => !file.startsWith('packages/schema/'));
    expect(files.length).toBeGreaterThan(100);
    expect(schemaIds).toContain('narrative.numbers');
    expect(schemaIds).toContain('requests.received.natural');
    expect(schemaIds).toContain('appeals');
    expect(findSpelledIds(root, files, schemaIds)).toEqual([]);
  });

  it('no source outside @nianbao/import spells one of the importer’s rule ids', () => {
    const files = ownSourceFiles().filter((file) => !file.startsWith('packages/import/'));
    expect(importIds.size).toBeGreaterThan(3);
    expect(findSpelledIds(root, files, importIds)).toEqual([]);
  });
});

describe('findSpelledIds', () => {
  const fixture = mkdtempSync(join(tmpdir(), 'nianbao-ids-'));
  mkdirSync(join(fixture, 'src'), { recursive: true });
  const ids = new Set(['narrative.numbers', 'requests.received.natural']);
  const scan = (text: string) => {
    writeFileSync(join(fixture, 'src/x.ts'), text);
    return findSpelledIds(fixture, ['src/x.ts'], ids);
  };

  it('finds an id in single, double or back quotes, with its line', () => {
    expect(
      scan(
        'const a = 1;\nif (f.rule === \'narrative.numbers\') a;\nx("requests.received.natural", `narrative.numbers`);\n',
      ),
    ).toEqual([
      { file: 'src/x.ts', line: 2, id: 'narrative.numbers' },
      { file: 'src/x.ts', line: 3, id: 'requests.received.natural' },
      { file: 'src/x.ts', line: 3, id: 'narrative.numbers' },
    ]);
  });

  it('passes ids named in comments, inside longer strings, or built from data', () => {
    expect(
      scan(
        [
          '/** Cell addresses such as `requests.received.natural`. */',
          '// e.g. `narrative.numbers`',
          "const a = rule.id; // not 'narrative.numbers'",
          "const b = '见 narrative.numbers 规则';",
          'const c = `narrative.${id}`;',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});
