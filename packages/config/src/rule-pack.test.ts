import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from './config-error.js';
import { readConfigFile } from './config-file.js';
import { rulePackFor } from './rule-pack.js';

const work = mkdtempSync(join(tmpdir(), 'nianbao-rules-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const ruleIds = ['trend.jump', 'narrative.copied'];
const read = (config: unknown) => {
  writeFileSync(join(work, 'c.json'), JSON.stringify(config));
  return readConfigFile({ path: 'c.json', cwd: work, fontRoles: ['body'], ruleIds });
};

describe('rule packs in nianbao.config.json', () => {
  it('reads settings, for everyone or within a subtree, and local deadlines', async () => {
    const config = await read({
      rules: { 'trend.jump': 'off', 'narrative.copied': { setting: 'off', within: '平湖市' } },
      deadlines: [{ within: '平湖市', date: '01-20' }],
    });
    expect(config.rules).toEqual([
      { rule: 'trend.jump', setting: 'off' },
      { rule: 'narrative.copied', setting: 'off', within: '平湖市' },
    ]);
    expect(config.deadlines).toEqual([{ within: '平湖市', date: '01-20' }]);
  });

  it.each([
    [{ rules: { 'requests.balance': 'off' } }, '/rules/requests.balance'],
    [{ rules: { 'trend.jump': 'error' } }, '/rules/trend.jump'],
    [{ deadlines: [{ within: '平湖市', date: '1月20日' }] }, '/deadlines/0/date'],
  ])('refuses %j, naming %s', async (config, pointer) => {
    const error = await read(config).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.name)).toEqual([pointer]);
  });
});

describe('rulePackFor', () => {
  const pack = {
    rules: [
      { rule: 'trend.jump', setting: 'off' as const },
      { rule: 'trend.jump', setting: 'warning' as const, within: '平湖市' },
    ],
    deadlines: [
      { within: '嘉兴市', date: '01-25' },
      { within: '平湖市', date: '01-20' },
    ],
  };

  it('lets the nearest subtree’s setting win and takes the earliest deadline', () => {
    expect(rulePackFor(pack, ['独山港镇', '平湖市', '嘉兴市'])).toEqual({
      rules: { 'trend.jump': 'warning' },
      deadline: '01-20',
    });
    expect(rulePackFor(pack, ['江南市'])).toEqual({ rules: { 'trend.jump': 'off' } });
  });
});
