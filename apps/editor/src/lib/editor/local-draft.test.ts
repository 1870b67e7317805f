import { describe, expect, it } from 'vitest';
import { clearDraft, readDraft, writeDraft } from './local-draft';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

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
});
