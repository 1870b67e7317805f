import { describe, expect, it } from 'vitest';
import { subtreeChoices } from './subtree-choices';

const agencies = [
  { id: 'city', name: '嘉禾市', parentId: null },
  { id: 'county', name: '嘉禾县', parentId: 'city' },
  { id: 'town', name: '某镇', parentId: 'county' },
  { id: 'bureau', name: '市教育局', parentId: 'city' },
  { id: 'other', name: '江南市', parentId: null },
];

describe('subtreeChoices', () => {
  it('offers a reviewer their agency and the agencies below it that have units', () => {
    expect(subtreeChoices(agencies, { agencyId: 'city', role: 'reviewer' })).toEqual([
      { id: 'city', label: '嘉禾市' },
      { id: 'county', label: '　嘉禾县' },
    ]);
  });

  it('offers an admin every tree', () => {
    const ids = subtreeChoices(agencies, { agencyId: 'city', role: 'admin' }).map((c) => c.id);
    expect(ids).toEqual(['city', 'county', 'other']);
  });
});
