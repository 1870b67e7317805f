import { describe, expect, it } from 'vitest';
import type { GridLabel } from './grid-layout';
import { headerScope } from './header-scope';

const label = (role: GridLabel['role'], rowSpan = 1, colSpan = 1): GridLabel => ({
  type: 'label',
  role,
  text: '',
  rowSpan,
  colSpan,
});

describe('headerScope', () => {
  it('scopes row labels to their row, or their rows when merged', () => {
    expect(headerScope(label('row'))).toBe('row');
    expect(headerScope(label('row', 3))).toBe('rowgroup');
  });

  it('scopes column headers to their column, or their columns when merged', () => {
    expect(headerScope(label('column'))).toBe('col');
    expect(headerScope(label('column', 1, 2))).toBe('colgroup');
  });

  it('gives the corner note no scope', () => {
    expect(headerScope(label('corner'))).toBeUndefined();
  });
});
