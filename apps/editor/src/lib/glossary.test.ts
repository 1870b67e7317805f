import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportStatuses, transitions } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { glossary, personName, replacedTerms } from './glossary';

const sourceRoot = join(import.meta.dirname, '..');
// What a page can show: the source without its comments (which may name a replaced word).
const shownText = (text: string) =>
  text
    .replaceAll(/<!--[\s\S]*?-->/g, '')
    .replaceAll(/\/\*[\s\S]*?\*\//g, '')
    .replaceAll(/(^|[^:])\/\/.*$/gm, '$1');
const pageSources = readdirSync(sourceRoot, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(svelte|ts)$/.test(file) && !/(\.test|glossary)\.ts$/.test(file))
  .map((file) => ({ file, text: shownText(readFileSync(join(sourceRoot, file), 'utf8')) }));

describe('glossary', () => {
  it('names every state once, and no state by a replaced word', () => {
    const names = reportStatuses.map((status) => glossary.statuses[status]);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(Object.keys(replacedTerms)).not.toContain(name);
  });

  it('names every workflow step once, apart from every state', () => {
    const steps = transitions.map((t) => glossary.steps[t.action]);
    expect(new Set(steps).size).toBe(transitions.length);
    for (const step of steps) expect(Object.values(glossary.statuses)).not.toContain(step);
  });

  it('reads the page sources', () => {
    expect(pageSources.length).toBeGreaterThan(50);
  });

  it.each(Object.entries(replacedTerms))('shows %s on no page (it says %s)', (term) => {
    const showing = pageSources.filter(({ text }) => text.includes(term)).map(({ file }) => file);
    expect(showing).toEqual([]);
  });
});

describe('personName', () => {
  it('shows the name when the account has one', () => {
    expect(personName({ username: 'zhangsan', name: '张三' })).toBe('张三');
  });

  it('falls back to the login when the name is missing or blank', () => {
    expect(personName({ username: 'zhangsan', name: null })).toBe('zhangsan');
    expect(personName({ username: 'zhangsan', name: '  ' })).toBe('zhangsan');
    expect(personName({ username: 'zhangsan' })).toBe('zhangsan');
  });

  it('says who is unknown when neither is recorded', () => {
    expect(personName({ username: null, name: null })).toBe('系统');
    expect(personName({ username: null, name: null }, '审核人')).toBe('审核人');
  });
});
