import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tableCells, tablesOf, templates } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { findSpelledLabels } from './spelled-labels.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const source = /\.(?:[cm]?[jt]s|svelte)$/;
const exempt = /\.(?:test|spec)\.[cm]?[jt]s$|(?:^|\/)(?:fixtures|bench|test-support|e2e)\//;

// Labels of four characters or more name the template; shorter ones (总计, 其他, 维持) are words.
const templateLabels = [
  ...new Set(
    templates.flatMap((template) => [
      ...template.sections.map((section) => section.heading),
      ...tablesOf(template).flatMap((table) => [
        ...table.blocks.flatMap((block) => [block.title ?? '', block.corner ?? '']),
        ...tableCells(table).flatMap((cell) => [...cell.rowLabels, ...cell.columnLabels]),
      ]),
    ]),
  ),
].filter((label) => [...label].length >= 4);

const consumerSources = (): string[] =>
  execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter(
      (file) => source.test(file) && !exempt.test(file) && !file.startsWith('packages/schema/'),
    );

describe('template labels stay in @nianbao/schema', () => {
  it('no source outside the schema writes out a heading or label of the template', () => {
    expect(templateLabels).toContain('商业企业');
    expect(templateLabels).toContain('一、总体情况');
    expect(findSpelledLabels(root, consumerSources(), templateLabels)).toEqual([]);
  });
});

describe('findSpelledLabels', () => {
  const fixture = mkdtempSync(join(tmpdir(), 'nianbao-labels-'));
  mkdirSync(join(fixture, 'src'), { recursive: true });

  it('finds a label inside a longer string, and passes comment lines', () => {
    writeFileSync(
      join(fixture, 'src/x.ts'),
      "// 商业企业 in a comment\nconst header = '申请人：商业企业';\n",
    );
    expect(findSpelledLabels(fixture, ['src/x.ts'], ['商业企业'])).toEqual([
      { file: 'src/x.ts', line: 2, label: '商业企业' },
    ]);
  });
});
