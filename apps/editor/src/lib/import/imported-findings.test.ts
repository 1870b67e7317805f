import { describe, expect, it } from 'vitest';
import {
  decodePage,
  forgetImportFindings,
  kindOf,
  recallImportFindings,
  rememberImportFindings,
} from './imported-findings';

class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

describe('import findings kept for the report page', () => {
  it('keeps only the import’s own findings, per report, until forgotten', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    rememberImportFindings(storage, 'r1', [
      {
        rule: 'import.blank',
        severity: 'warning',
        cells: ['requests.granted.research'],
        message: '空白',
      },
      {
        rule: 'requests.rowTotal',
        severity: 'error',
        cells: ['requests.granted.total'],
        message: '总计',
      },
    ]);
    expect(recallImportFindings(storage, 'r1').map((f) => f.rule)).toEqual(['import.blank']);
    expect(recallImportFindings(storage, 'r2')).toEqual([]);
    forgetImportFindings(storage, 'r1');
    expect(recallImportFindings(storage, 'r1')).toEqual([]);
  });
});

describe('reading an uploaded page', () => {
  it('decodes UTF-8, and GBK when the bytes are not UTF-8', () => {
    expect(decodePage(new TextEncoder().encode('年报').buffer)).toBe('年报');
    expect(decodePage(new Uint8Array([0xc4, 0xea, 0xb1, 0xa8]).buffer)).toBe('年报');
  });

  it('reads pages as HTML and everything else as copied text', () => {
    expect(kindOf('x', 'report.htm')).toBe('html');
    expect(kindOf('  <html>')).toBe('html');
    expect(kindOf('一、总体情况')).toBe('text');
  });
});
