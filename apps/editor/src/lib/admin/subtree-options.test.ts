import { describe, expect, it } from 'vitest';
import { subtreeOptions } from './subtree-options';

describe('subtreeOptions', () => {
  it('puts each agency after its parent, one level deeper', () => {
    const agencies = [
      { id: 'c', name: '独山港', parentId: 'a' },
      { id: 'b', name: '江南市', parentId: null },
      { id: 'a', name: '平湖市', parentId: null },
      { id: 'd', name: '孤儿', parentId: 'gone' },
    ];
    expect(subtreeOptions(agencies).map((o) => [o.name, o.depth])).toEqual([
      ['江南市', 0],
      ['平湖市', 0],
      ['独山港', 1],
      ['孤儿', 0],
    ]);
  });
});
