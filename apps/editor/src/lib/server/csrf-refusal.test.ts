import { describe, expect, it } from 'vitest';
import { csrfRefusal } from './csrf-refusal';

const url = new URL('http://127.0.0.1:3000/api/reports/r1/approve');
const cookie = 'nianbao_session=abc';
const post = (headers: Record<string, string>, path = url.href) =>
  csrfRefusal(new Request(path, { method: 'POST', headers }), new URL(path));

describe('csrfRefusal', () => {
  it('refuses the same-site page of issue 11: cookie, no header, another port', async () => {
    const refused = post({
      cookie,
      origin: 'http://127.0.0.1:9999',
      'sec-fetch-site': 'same-site',
    });
    expect(refused?.status).toBe(403);
    expect(((await refused?.json()) as { detail: string }).detail).toContain('跨站请求伪造');
  });

  it('refuses the header from another origin, or with no origin at all', () => {
    const header = { cookie, 'x-nianbao-csrf': '1' };
    expect(post({ ...header, origin: 'http://127.0.0.1:9999' })?.status).toBe(403);
    expect(post({ ...header, 'sec-fetch-site': 'same-site' })?.status).toBe(403);
    expect(post(header)?.status).toBe(403);
  });

  it('lets the editor’s own calls, bearer scripts and reads through', () => {
    const editor = { cookie, 'x-nianbao-csrf': '1', 'sec-fetch-site': 'same-origin' };
    expect(post({ ...editor, origin: 'http://127.0.0.1:3000' })).toBeUndefined();
    expect(post({ authorization: 'Bearer t', origin: 'http://evil.example' })).toBeUndefined();
    const read = new Request(url, { headers: { cookie, origin: 'http://evil.example' } });
    expect(csrfRefusal(read, url)).toBeUndefined();
  });

  it('refuses a login posted from another origin but not one from a script', () => {
    const login = 'http://127.0.0.1:3000/api/auth/login';
    expect(post({ origin: 'http://127.0.0.1:9999' }, login)?.status).toBe(403);
    expect(post({}, login)).toBeUndefined();
    expect(post({ origin: 'http://127.0.0.1:3000' }, login)).toBeUndefined();
  });
});
