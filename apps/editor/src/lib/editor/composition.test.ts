import { emptyReport, template2021 } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { Autosave } from './autosave.svelte';
import { watchCompositions } from './composition';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (i) => [...items.keys()][i] ?? null,
    removeItem: (key) => items.delete(key),
    setItem: (key, value) => items.set(key, value),
  };
}

describe('watchCompositions', () => {
  it('is true from compositionstart to compositionend only', () => {
    const target = new EventTarget();
    const isComposing = watchCompositions(target);
    expect(isComposing()).toBe(false);
    target.dispatchEvent(new Event('compositionstart'));
    expect(isComposing()).toBe(true);
    target.dispatchEvent(new Event('compositionend'));
    expect(isComposing()).toBe(false);
  });
});

describe('Autosave while an input method composes', () => {
  it('sends nothing until the composition ends, then saves', async () => {
    const target = new EventTarget();
    let puts = 0;
    const fetcher = (() => {
      puts++;
      return Promise.resolve(Response.json({ id: 'r1', version: 4, report: {} }));
    }) as unknown as typeof fetch;
    const autosave = new Autosave({
      reportId: 'r1',
      version: 3,
      base: emptyReport(template2021, { year: 2024, agency: { name: '测试机关' } }),
      read: () => emptyReport(template2021, { year: 2024, agency: { name: '测试机关' } }),
      storage: memoryStorage(),
      delayMs: 5,
      fetcher,
      isComposing: watchCompositions(target),
    });
    target.dispatchEvent(new Event('compositionstart'));
    autosave.changed();
    await wait(400);
    expect(puts).toBe(0);
    target.dispatchEvent(new Event('compositionend'));
    await wait(700);
    expect(puts).toBe(1);
    autosave.stop();
  });
});
