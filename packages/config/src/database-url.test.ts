import { describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from './database-url.js';

const cwd = '/work/here';

describe('parseDatabaseUrl', () => {
  it.each([
    ['sqlite:./data/nianbao.sqlite', '/work/here/data/nianbao.sqlite'],
    ['sqlite:/srv/nianbao/x.db', '/srv/nianbao/x.db'],
    ['sqlite:///srv/nianbao/x.db', '/srv/nianbao/x.db'],
    ['file:/srv/nianbao/x.db', '/srv/nianbao/x.db'],
    ['file:data/x.db', '/work/here/data/x.db'],
    ['file:///srv/nianbao/x%20y.db', '/srv/nianbao/x y.db'],
    ['file://localhost/srv/x.db', '/srv/x.db'],
    ['data/x.db', '/work/here/data/x.db'],
    ['/srv/x.db', '/srv/x.db'],
    ['sqlite::memory:', ':memory:'],
    [':memory:', ':memory:'],
  ])('reads %s as the SQLite file %s', (url, path) => {
    expect(parseDatabaseUrl(url, cwd)).toEqual({ dialect: 'sqlite', path });
  });

  it.each(['postgres://u:p@db:5432/nianbao', 'postgresql://db/nianbao', 'postgres:///nianbao'])(
    'reads %s as PostgreSQL, unchanged',
    (url) => {
      expect(parseDatabaseUrl(url, cwd)).toEqual({ dialect: 'postgres', url });
    },
  );

  it.each([
    'mysql://x',
    'sqlite:',
    'file:',
    'file://server/share/x.db',
    'postgres://[bad',
    'http://x',
  ])('refuses %s instead of taking it as a folder', (url) => {
    expect(parseDatabaseUrl(url, cwd)).toBeUndefined();
  });
});
