import { validate } from '@nianbao/schema';
import { generateReport } from '@nianbao/schema/testing';
import { describe, expect, it } from 'vitest';
import { importRuleCatalog, isBlankCellFinding, isImportFinding } from './index.js';

describe('the importer’s rules', () => {
  it('are its own: each id under import., each with what it checks', () => {
    expect(importRuleCatalog.length).toBeGreaterThan(3);
    for (const rule of importRuleCatalog) {
      expect(rule.id).toMatch(/^import\.\w+$/);
      expect(rule.checks.length).toBeGreaterThan(10);
    }
  });

  it('tell a reading finding from a report’s own, and a blank cell from the rest', () => {
    const [blank, ...others] = importRuleCatalog;
    expect(isImportFinding({ rule: blank?.id ?? '' })).toBe(true);
    expect(isBlankCellFinding({ rule: blank?.id ?? '' })).toBe(true);
    expect(others.some((rule) => isBlankCellFinding({ rule: rule.id }))).toBe(false);
    const report = generateReport(1);
    const checked = validate({ ...report, narrative: {}, publishedOn: '2099-12-31' });
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.some(isImportFinding)).toBe(false);
  });
});
