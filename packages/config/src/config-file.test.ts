import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfigFile } from './config-file.js';

const work = mkdtempSync(join(tmpdir(), 'nianbao-config-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const fontRoles = ['body', 'heading', 'title'] as const;

function write(name: string, text: string): string {
  writeFileSync(join(work, name), text);
  return name;
}

const read = (path?: string, cwd = work) => readConfigFile({ path, cwd, fontRoles });

describe('readConfigFile', () => {
  it('gives no fonts when the default file is absent', async () => {
    expect(await read(undefined, join(work, 'nowhere'))).toEqual({
      file: undefined,
      fonts: {},
      rules: [],
      deadlines: [],
    });
  });

  it('resolves font paths against the config file, not the working directory', async () => {
    mkdirSync(join(work, 'sub'));
    write('sub/fonts.json', JSON.stringify({ fonts: { body: 'f/body.ttf', title: '/abs/t.ttf' } }));
    expect(await read('sub/fonts.json')).toEqual({
      file: join(work, 'sub/fonts.json'),
      fonts: { body: join(work, 'sub/f/body.ttf'), title: '/abs/t.ttf' },
      rules: [],
      deadlines: [],
    });
  });

  it('reads nianbao.config.json in the working directory, ignoring other keys', async () => {
    write('nianbao.config.json', '{ "$schema": "x", "fonts": { "heading": "h.ttf" } }');
    expect((await read()).fonts).toEqual({ heading: join(work, 'h.ttf') });
  });

  it('names the file that cannot be read', async () => {
    await expect(read('missing.json')).rejects.toThrow(
      `配置文件 ${join(work, 'missing.json')} 无法读取（文件不存在）`,
    );
  });

  it('names the line and column of a syntax error', async () => {
    write('broken.json', '{\n  "fonts": {,}\n}');
    await expect(read('broken.json')).rejects.toThrow(
      /broken\.json 不是有效的 JSON：第 2 行第 13 列/,
    );
  });

  it.each([
    ['[]', '的内容 不可用：应为一个 JSON 对象'],
    [
      '{"fonts": "x.ttf"}',
      '中的 /fonts 不可用：应为一个对象，键为字体角色（body、heading、title）',
    ],
    ['{"fonts": {"italic": "x.ttf"}}', '中的 /fonts/italic 不可用：不是可用的字体角色'],
    ['{"fonts": {"body": 12}}', '中的 /fonts/body 不可用：应为字体文件路径'],
    ['{"fonts": {"body": ""}}', '中的 /fonts/body 不可用：应为字体文件路径'],
  ])('refuses %s with the JSON pointer of the wrong field', async (text, message) => {
    write('wrong.json', text);
    await expect(read('wrong.json')).rejects.toThrow(
      `配置文件 ${join(work, 'wrong.json')} ${message}`,
    );
  });
});
