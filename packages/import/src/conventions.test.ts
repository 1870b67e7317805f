import { readdirSync, readFileSync } from 'node:fs';
import { tableCells, tablesOf, templates } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';

const sourceDir = new URL('./', import.meta.url);
const sources = readdirSync(sourceDir)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => ({ file, text: readFileSync(new URL(file, sourceDir), 'utf8') }));

describe('the importer’s source', () => {
  it('is universal: no node:* import, no DOM', () => {
    for (const { file, text } of sources) {
      expect(text, file).not.toMatch(/from 'node:|require\(|\bdocument\.(?!js)|\bwindow\./);
    }
  });

  it('names no table, record or field id, and copies no template label', () => {
    const cells = templates.flatMap((template) => tablesOf(template).flatMap(tableCells));
    // Cell kinds (count, amount…) are properties every consumer reads; one is also a field id.
    const kinds = new Set<string>(cells.map((cell) => cell.kind));
    const ids = new Set(
      cells.flatMap((cell) => [cell.table, cell.record, cell.field]).filter((id) => !kinds.has(id)),
    );
    const labels = new Set(cells.flatMap((cell) => [...cell.rowLabels, ...cell.columnLabels]));
    for (const { file, text } of sources) {
      for (const id of ids) expect(text, `${file} names ${id}`).not.toContain(`'${id}'`);
      for (const label of labels) expect(text, `${file} copies ${label}`).not.toContain(label);
    }
  });
});
