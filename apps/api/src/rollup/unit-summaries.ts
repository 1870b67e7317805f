import { rollupFigures, templateForYear, validate } from '@nianbao/schema';
import type { RollupUnits } from './rollup-units.js';

/** The units of a roll-up as the 汇总 page lists and charts them. */
export interface UnitSummaries {
  receivedLabel: string;
  outcomeLabels: string[];
  included: {
    agencyId: string;
    name: string;
    reportId: string;
    /** Findings of severity error in the unit's report (the sum carries them). */
    errors: number;
    received: number;
    outcomes: number[];
  }[];
  missing: { agencyId: string; name: string }[];
}

/** Each included unit with its error count and chart figures; the missing ones by name. */
export function unitSummaries(units: RollupUnits, year: number): UnitSummaries {
  const template = templateForYear(year);
  const included = units.included.map(({ agency, stored }) => {
    const figures = template ? rollupFigures(template, stored.report) : undefined;
    return {
      agencyId: agency.id,
      name: agency.name,
      reportId: stored.id,
      errors: validate(stored.report).filter((f) => f.severity === 'error').length,
      received: figures?.received ?? 0,
      outcomes: figures?.outcomes.map((o) => o.value) ?? [],
    };
  });
  const labels = template ? rollupFigures(template, {}) : undefined;
  return {
    receivedLabel: labels?.receivedLabel ?? '',
    outcomeLabels: labels?.outcomes.map((o) => o.label) ?? [],
    included,
    missing: units.missing.map((agency) => ({ agencyId: agency.id, name: agency.name })),
  };
}
