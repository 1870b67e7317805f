import { describe, expect, it } from 'vitest';
import { rulePackInputProblems, rulePackInputSchema } from './rule-pack-input.js';

const ruleIds = ['trend.jump', 'narrative.copied'];
const problems = (input: unknown) => {
  const result = rulePackInputSchema(ruleIds).safeParse(input);
  return result.success ? [] : rulePackInputProblems(result.error.issues, ruleIds);
};

describe('a rule pack made in the admin UI', () => {
  it('takes what the file takes', () => {
    const pack = {
      rules: { 'trend.jump': { setting: 'off', within: 'a1' } },
      deadlines: [{ within: 'a1', date: '01-20' }],
    };
    expect(rulePackInputSchema(ruleIds).parse(pack)).toEqual(pack);
  });

  it('names each wrong field and says in Chinese what it takes', () => {
    expect(
      problems({ rules: { 'no.such': 'off' }, deadlines: [{ within: 'a1', date: '1-20' }] }),
    ).toEqual([
      { name: '/rules/no.such', accepted: expect.stringContaining('trend.jump、narrative.copied') },
      { name: '/deadlines/0/date', accepted: expect.stringContaining('MM-DD') },
    ]);
  });

  it('refuses keys the file does not have', () => {
    expect(problems({ fonts: {} })).toEqual([
      { name: '/fonts', accepted: '不是可用的字段，只能有 rules 与 deadlines' },
    ]);
  });
});
