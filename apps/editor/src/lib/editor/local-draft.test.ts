import { describe, expect, it } from 'vitest';
import { clearDraft, draftFile, leftoverDraft, readDraft, writeDraft } from './local-draft';
import { memoryStorage } from './memory-storage.test-support';

describe('local drafts', () => {
  it('keeps one draft per report until it is cleared', () => {
    const storage = memoryStorage();
    const draft = { baseVersion: 2, report: { year: 2023 }, savedAt: '2024-01-05T08:00:00.000Z' };
    writeDraft(storage, 'a', draft);
    expect(readDraft(storage, 'a')).toEqual(draft);
    expect(readDraft(storage, 'b')).toBeUndefined();
    clearDraft(storage, 'a');
    expect(readDraft(storage, 'a')).toBeUndefined();
  });

  it('ignores what is not a draft, and survives a storage that refuses to write', () => {
    const storage = memoryStorage();
    storage.setItem('nianbao:draft:a', '{not json');
    storage.setItem('nianbao:draft:b', '{"report":{}}');
    expect(readDraft(storage, 'a')).toBeUndefined();
    expect(readDraft(storage, 'b')).toBeUndefined();
    const full = Object.assign(memoryStorage(), {
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    });
    expect(() => writeDraft(full, 'a', { baseVersion: 1, report: {}, savedAt: '' })).not.toThrow();
  });

  it('offers a leftover draft only when it differs from the server copy', () => {
    const storage = memoryStorage();
    const draft = { baseVersion: 2, report: { year: 2023 }, savedAt: '2024-01-05T08:00:00.000Z' };
    writeDraft(storage, 'a', draft);
    expect(leftoverDraft(storage, 'a', { year: 2024 })).toEqual(draft);
    expect(leftoverDraft(storage, 'a', { year: 2023 })).toBeUndefined();
    expect(readDraft(storage, 'a')).toBeUndefined();
  });

  it('makes a JSON file of a draft, named after its report', async () => {
    const file = draftFile({ baseVersion: 2, report: { year: 2023 }, savedAt: '' }, '某局报告');
    expect(file.name).toBe('某局报告（本机未保存的修改）.json');
    expect(JSON.parse(await file.text())).toEqual({ year: 2023 });
  });
});
