import { describe, expect, it } from 'vitest';
import { bodyOf, draftOf, emptyDraft, offElsewhere, withWarning } from './rule-pack-draft';
import type { RulePacksView } from './rule-pack-rows';

describe('a rule pack in the form', () => {
  it('switches unchecked warnings off within the chosen subtree, with its deadline', () => {
    let draft = { ...emptyDraft(), within: 'a1', deadline: '01-20' };
    draft = withWarning(draft, { id: 'trend.jump', checked: false, offElsewhere: false });
    draft = withWarning(draft, { id: 'narrative.copied', checked: true, offElsewhere: true });
    expect(bodyOf(draft)).toEqual({
      rules: {
        'trend.jump': { setting: 'off', within: 'a1' },
        'narrative.copied': { setting: 'warning', within: 'a1' },
      },
      deadlines: [{ within: 'a1', date: '01-20' }],
    });
    expect(draftOf(bodyOf(draft))).toEqual(draft);
  });

  it('keeps a checked warning out of the pack unless something else switches it off', () => {
    let draft = withWarning(emptyDraft(), {
      id: 'trend.jump',
      checked: false,
      offElsewhere: false,
    });
    draft = withWarning(draft, { id: 'trend.jump', checked: true, offElsewhere: false });
    expect(bodyOf(draft)).toEqual({});
  });

  it('sets every agency with plain settings and no deadline', () => {
    const draft = { ...emptyDraft(), off: ['trend.jump'], deadline: '01-20' };
    expect(bodyOf(draft)).toEqual({ rules: { 'trend.jump': 'off' } });
  });

  it('leaves a pack of several subtrees to the API', () => {
    const body = {
      rules: { 'trend.jump': { setting: 'off' as const, within: 'a1' } },
      deadlines: [{ within: 'a2', date: '01-20' }],
    };
    expect(draftOf(body)).toBeUndefined();
  });

  it('knows which warnings the file or other packs switch off', () => {
    const entry = { title: '', within: null, agency: null };
    const view = {
      rules: [
        { ...entry, rule: 'trend.jump', setting: 'off', source: 'file', packId: null },
        { ...entry, rule: 'narrative.copied', setting: 'off', source: 'database', packId: 'p1' },
      ],
    } as unknown as RulePacksView;
    expect([...offElsewhere(view, 'p1')]).toEqual(['trend.jump']);
    expect([...offElsewhere(view, undefined)]).toEqual(['trend.jump', 'narrative.copied']);
  });
});
