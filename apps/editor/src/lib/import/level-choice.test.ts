import { describe, expect, it } from 'vitest';
import { levelChoice, type ImportPreview } from './level-choice';

const county: ImportPreview = {
  named: '平湖市人民政府',
  year: 2024,
  agencyId: 'a1',
  agencyName: '平湖市人民政府',
  storedLevel: null,
  inferredLevel: 'county',
};

describe('the level an import files a report at', () => {
  it('offers the level inferred from the name, with the 31 March deadline of a county government', () => {
    expect(levelChoice(county)).toEqual({
      level: 'county',
      levelName: '县级',
      fixed: false,
      deadline: '2025年3月31日',
    });
  });

  it('takes the user’s choice over the inferred level, and its deadline', () => {
    expect(levelChoice(county, 'township')).toMatchObject({
      level: 'township',
      levelName: '乡镇（街道）',
      deadline: '2025年1月31日',
    });
  });

  it('keeps the stored agency’s level whatever the name or the choice says', () => {
    const stored = { ...county, storedLevel: 'department' };
    expect(levelChoice(stored, 'county')).toMatchObject({
      level: 'department',
      fixed: true,
      deadline: '2025年1月31日',
    });
  });

  it('says the level is not settled when nothing names it', () => {
    const unknown = { ...county, agencyName: '某某', inferredLevel: null };
    expect(levelChoice(unknown)).toMatchObject({ level: undefined, levelName: '未确定' });
  });
});
