import type { Finding } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { cellFindings, noCellFindings } from './cell-findings';

const finding = (severity: 'error' | 'warning', message: string, cells: string[]) =>
  ({ ruleId: 'r', severity, message, cells }) as unknown as Finding;

describe('cellFindings', () => {
  it('gives each named cell its worst severity, messages and panel ids', () => {
    const byCell = cellFindings([
      finding('warning', '偏高', ['a', 'b']),
      finding('error', '不平衡', ['b']),
    ]);
    expect(byCell.get('a')).toEqual({ severity: 'warning', messages: '偏高', ids: ['finding-0'] });
    expect(byCell.get('b')).toEqual({
      severity: 'error',
      messages: '偏高\n不平衡',
      ids: ['finding-0', 'finding-1'],
    });
  });

  it('leaves out the cells no finding names', () => {
    expect(cellFindings([finding('error', '不平衡', ['a'])]).has('c')).toBe(false);
    expect(noCellFindings).toEqual({ severity: undefined, messages: '', ids: [] });
  });
});
