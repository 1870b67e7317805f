import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './open-database.js';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openDatabase', () => {
  it('opens DATABASE_URL=file:/abs/path.db at that absolute path, creating its folder', async () => {
    const file = join(dir, 'nested', 'x.db');
    const database = await openDatabase(`file:${file}`);
    await database.close();
    expect(database.dialect).toBe('sqlite');
    expect(existsSync(file)).toBe(true);
    expect(existsSync(join(process.cwd(), 'file:'))).toBe(false);
  });

  it('opens a target already read by @nianbao/config', async () => {
    const file = join(dir, 'target.db');
    const database = await openDatabase({ dialect: 'sqlite', path: file });
    await database.close();
    expect(existsSync(file)).toBe(true);
  });

  it('refuses a URL of no accepted form before creating anything', async () => {
    await expect(openDatabase('mysql://x')).rejects.toThrow(
      /数据库地址 "mysql:\/\/x" 不可用：应为 sqlite:路径/,
    );
    expect(existsSync(join(process.cwd(), 'mysql:'))).toBe(false);
  });
});
