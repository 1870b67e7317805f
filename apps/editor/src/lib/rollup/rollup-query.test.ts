import { supportedYears } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { rollupExportHref, rollupQuery, todayInChina } from './rollup-query';

describe('rollupQuery', () => {
  const defaults = { agencyId: 'city', today: '2026-01-15' };

  it('opens on the reporting year and the user’s own agency', () => {
    expect(rollupQuery(new URLSearchParams(), defaults)).toEqual({ year: 2025, within: 'city' });
  });

  it('takes the year and subtree from the address', () => {
    const params = new URLSearchParams({ year: '2022', within: 'county' });
    expect(rollupQuery(params, defaults)).toEqual({ year: 2022, within: 'county' });
  });

  it('ignores a year no format covers', () => {
    const params = new URLSearchParams({ year: String(supportedYears.first - 1) });
    expect(rollupQuery(params, defaults).year).toBe(2025);
  });
});

describe('rollupExportHref', () => {
  it('asks the roll-up route for the file, the agency name encoded', () => {
    expect(rollupExportHref({ year: 2025, within: '平湖市', to: 'xlsx' })).toBe(
      `/api/rollup?year=2025&within=${encodeURIComponent('平湖市')}&to=xlsx`,
    );
  });
});

describe('todayInChina', () => {
  it('is already tomorrow in Beijing at 20:00 UTC', () => {
    expect(todayInChina(new Date('2026-01-31T20:00:00Z'))).toBe('2026-02-01');
  });
});
