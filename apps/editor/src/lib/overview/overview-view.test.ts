import { describe, expect, it } from 'vitest';
import type { Overview } from '$lib/api/api-client';
import { countsLine, depths } from './overview-view';

const agency = (id: string, parentId: string | null) => ({
  id,
  name: id,
  parentId,
  level: null,
  createdAt: '2026-01-01T00:00:00Z',
});

describe('overview view', () => {
  it('puts each agency one level below its listed parent', () => {
    const result = depths([
      agency('city', 'province'),
      agency('town', 'city'),
      agency('village', 'town'),
      agency('other', null),
    ]);
    expect([...result]).toEqual([
      ['city', 0],
      ['town', 1],
      ['village', 2],
      ['other', 0],
    ]);
  });

  it('survives a cycle in bad data', () => {
    expect([...depths([agency('a', 'b'), agency('b', 'a')]).values()].every(Number.isFinite)).toBe(
      true,
    );
  });

  it('summarises the counts without the zeros', () => {
    const overview = {
      year: 2025,
      counts: {
        missing: 1,
        draft: 1,
        submitted: 0,
        returned: 0,
        approved: 0,
        published: 1,
        withErrors: 1,
      },
      rows: [{}, {}, {}],
    } as unknown as Overview;
    expect(countsLine(overview)).toBe('共 3 个机关：已发布 1 · 草稿 1 · 未填报 1；有错误的 1 份');
  });
});
