import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFontConfig } from './pdf-config.js';

const work = mkdtempSync(join(tmpdir(), 'nianbao-pdf-config-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('readFontConfig', () => {
  it('gives no fonts without a config file', async () => {
    expect(await readFontConfig(undefined, work)).toEqual({ ok: true, fonts: {} });
  });

  it('takes every font role of @nianbao/pdf, relative to the file', async () => {
    writeFileSync(
      join(work, 'nianbao.config.json'),
      JSON.stringify({ fonts: { body: 'b.ttf', heading: 'h.ttf', title: 't.ttf' } }),
    );
    expect(await readFontConfig(undefined, work)).toEqual({
      ok: true,
      fonts: {
        body: join(work, 'b.ttf'),
        heading: join(work, 'h.ttf'),
        title: join(work, 't.ttf'),
      },
    });
  });

  it('names the file and the JSON pointer of a wrong field', async () => {
    writeFileSync(join(work, 'other.json'), JSON.stringify({ fonts: { title: 7 } }));
    expect(await readFontConfig('other.json', work)).toEqual({
      ok: false,
      message: `配置文件 ${join(work, 'other.json')} 中的 /fonts/title 不可用：应为字体文件路径（非空字符串，相对于配置文件所在目录）`,
    });
  });
});
