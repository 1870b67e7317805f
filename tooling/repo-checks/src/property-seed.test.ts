import { describe, expect, it } from 'vitest';
import { propertySeed, propertySeedConfig } from './property-seed.js';

describe('the fast-check seed of a run', () => {
  it('is FC_SEED when given, so any run can be replayed', () => {
    expect(propertySeed({ FC_SEED: '904431' })).toBe(904431);
  });

  it('is random (none) on a developer machine', () => {
    expect(propertySeed({})).toBeUndefined();
    expect(propertySeedConfig({})).toEqual({});
  });

  it('is the same for every run of one commit in CI', () => {
    const seed = propertySeed({ CI: 'true' });
    expect(Number.isInteger(seed)).toBe(true);
    expect(propertySeed({ CI: 'true' })).toBe(seed);
    expect(propertySeedConfig({ CI: 'true' })).toMatchObject({ env: { FC_SEED: String(seed) } });
  });
});
