import { describe, expect, it } from 'vitest';
import { ConfigError } from './config-error.js';
import {
  readEditorServerConfig,
  readServerConfig,
  type Environment,
} from './read-server-config.js';

const cwd = '/work/here';
const read = (env: Environment) => readServerConfig(env, { cwd });

function problemOf(env: Environment): string {
  try {
    read(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('no ConfigError');
}

describe('readServerConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    expect(read({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      apiPort: 3001,
      apiUrl: 'http://127.0.0.1:3001',
      database: { dialect: 'sqlite', path: '/work/here/data/nianbao.sqlite' },
      adminPassword: undefined,
      sqliteSynchronous: 'NORMAL',
      trustProxy: false,
      accessLog: true,
      demo: false,
      sessionIdleMinutes: 30,
      sessionMaxHours: 12,
      passwordMinLength: 8,
    });
  });

  it('reads good values of every variable', () => {
    const config = read({
      PORT: '8080',
      HOST: '0.0.0.0',
      NIANBAO_API_PORT: '65535',
      NIANBAO_API_URL: 'https://api.example.org:8443',
      DATABASE_URL: 'postgresql://db/nianbao',
      NIANBAO_ADMIN_PASSWORD: 'x',
      NIANBAO_SQLITE_SYNCHRONOUS: 'full',
      NIANBAO_TRUST_PROXY: '1',
      NIANBAO_ACCESS_LOG: '0',
      NIANBAO_DEMO: '1',
      NIANBAO_SESSION_IDLE_MINUTES: '5',
      NIANBAO_SESSION_MAX_HOURS: '24',
      NIANBAO_PASSWORD_MIN_LENGTH: '12',
      UNRELATED: 'ignored',
    });
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      apiPort: 65535,
      apiUrl: 'https://api.example.org:8443',
      database: { dialect: 'postgres', url: 'postgresql://db/nianbao' },
      adminPassword: 'x',
      sqliteSynchronous: 'FULL',
      trustProxy: true,
      accessLog: false,
      demo: true,
      sessionIdleMinutes: 5,
      sessionMaxHours: 24,
      passwordMinLength: 12,
    });
  });

  it.each(['::1', 'localhost', '192.168.1.20'])('accepts HOST=%s', (HOST) => {
    expect(read({ HOST }).host).toBe(HOST);
  });

  it('derives the API address from NIANBAO_API_PORT when NIANBAO_API_URL is unset', () => {
    expect(read({ NIANBAO_API_PORT: '4001' }).apiUrl).toBe('http://127.0.0.1:4001');
  });

  it('reads DATABASE_URL=file:/abs as that absolute SQLite file (the reported case)', () => {
    expect(read({ DATABASE_URL: 'file:/srv/nianbao/x.db' }).database).toEqual({
      dialect: 'sqlite',
      path: '/srv/nianbao/x.db',
    });
  });

  it.each([
    ['PORT', '', '1–65535'],
    ['PORT', 'abc', '1–65535'],
    ['PORT', '0', '1–65535'],
    ['PORT', '70000', '1–65535'],
    ['PORT', '0x10', '1–65535'],
    ['HOST', 'http://127.0.0.1', '监听地址'],
    ['HOST', '', '监听地址'],
    ['HOST', 'a b', '监听地址'],
    ['NIANBAO_API_PORT', '3001.5', '1–65535'],
    ['NIANBAO_API_URL', '127.0.0.1:3001', 'http:// 或 https://'],
    ['NIANBAO_API_URL', 'ftp://x', 'http:// 或 https://'],
    ['DATABASE_URL', 'mysql://x', 'postgres://… 或 postgresql://…'],
    ['DATABASE_URL', 'sqlite:', 'sqlite:路径'],
    ['NIANBAO_SQLITE_SYNCHRONOUS', 'OFF', 'NORMAL 或 FULL'],
    ['NIANBAO_TRUST_PROXY', 'yes', '0 或 1'],
    ['NIANBAO_ACCESS_LOG', 'true', '0 或 1'],
    ['NIANBAO_DEMO', 'yes', '应为 0（默认'],
    ['NIANBAO_SESSION_IDLE_MINUTES', '0', '1–1440'],
    ['NIANBAO_SESSION_MAX_HOURS', '1.5', '1–720'],
    ['NIANBAO_PASSWORD_MIN_LENGTH', '6', '8–128'],
  ])('refuses %s=%j, naming it and the accepted forms', (name, value, accepted) => {
    const message = problemOf({ [name]: value });
    expect(message).toContain(`环境变量 ${name} 的值 ${JSON.stringify(value)} 不可用：`);
    expect(message).toContain(accepted);
  });

  it('refuses an empty NIANBAO_ADMIN_PASSWORD without repeating the value', () => {
    expect(problemOf({ NIANBAO_ADMIN_PASSWORD: '' })).toMatch(
      /^环境变量 NIANBAO_ADMIN_PASSWORD 不可用：应为非空的强密码/,
    );
  });

  it('lists every wrong variable at once, one per line, in declaration order', () => {
    let error: unknown;
    try {
      read({ DATABASE_URL: 'mysql://x', PORT: 'x', HOST: '/' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems, message } = error as ConfigError;
    expect(problems.map((problem) => problem.name)).toEqual(['PORT', 'HOST', 'DATABASE_URL']);
    expect(message.split('\n')).toHaveLength(3);
  });
});

describe('readEditorServerConfig', () => {
  it('reads only the API address and the proxy flag, whatever else is wrong', () => {
    expect(readEditorServerConfig({ DATABASE_URL: 'mysql://x' })).toEqual({
      apiUrl: 'http://127.0.0.1:3001',
      trustProxy: false,
    });
    expect(readEditorServerConfig({ NIANBAO_API_URL: 'http://api:9000' }).apiUrl).toBe(
      'http://api:9000',
    );
  });

  it('believes a reverse proxy only with NIANBAO_TRUST_PROXY=1', () => {
    expect(readEditorServerConfig({ NIANBAO_TRUST_PROXY: '1' }).trustProxy).toBe(true);
    expect(readEditorServerConfig({ NIANBAO_TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(() => readEditorServerConfig({ NIANBAO_TRUST_PROXY: 'yes' })).toThrow(
      /环境变量 NIANBAO_TRUST_PROXY 的值 "yes" 不可用：应为 0 或 1/,
    );
  });

  it('refuses a NIANBAO_API_URL that is not an http address', () => {
    expect(() => readEditorServerConfig({ NIANBAO_API_URL: 'localhost:3001' })).toThrow(
      /环境变量 NIANBAO_API_URL 的值 "localhost:3001" 不可用/,
    );
  });
});
