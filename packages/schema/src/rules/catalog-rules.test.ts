import { describe, expect, it } from 'vitest';
import { template2021, templates } from '../template/templates.js';
import { catalogRules, warningRuleIds, warningRules } from './catalog-rules.js';
import { ruleCatalog } from './catalog.js';

describe('the rule catalog over every format', () => {
  it('lists each rule once', () => {
    const ids = catalogRules().map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    const all = new Set(templates.flatMap((t) => ruleCatalog(t).map((rule) => rule.id)));
    expect(new Set(ids)).toEqual(all);
  });

  it('words a rule as the newest format does', () => {
    const newest = ruleCatalog(template2021).find((rule) => rule.severity === 'warning');
    expect(catalogRules().find((rule) => rule.id === newest?.id)?.title).toBe(newest?.title);
  });

  it('offers only warnings to rule packs, the new checks among them', () => {
    expect(warningRules().every((rule) => rule.severity === 'warning')).toBe(true);
    expect(warningRuleIds()).toContain('narrative.copied');
    expect(warningRuleIds()).not.toContain('requests.balance');
  });
});
