import { describe, expect, it } from 'vitest';
import { browserClient } from './browser-client';

const socketAddress = '10.0.0.2';
const clientOf = (headers: Record<string, string>, trustProxy: boolean) =>
  browserClient({ headers: new Headers(headers), socketAddress, trustProxy });

describe('browserClient', () => {
  it('takes the address the trusted proxy appended, not what the browser prepended', () => {
    expect(clientOf({ 'x-forwarded-for': '198.51.100.1, 203.0.113.5' }, true).address).toBe(
      '203.0.113.5',
    );
    expect(clientOf({ 'x-forwarded-for': '2001:db8::5' }, true).address).toBe('2001:db8::5');
  });

  it('falls back to the socket when a request bypassed the proxy or names no address', () => {
    expect(clientOf({}, true)).toEqual({ address: socketAddress, protocol: 'http' });
    expect(clientOf({ 'x-forwarded-for': ' , ' }, true).address).toBe(socketAddress);
    expect(clientOf({ 'x-forwarded-for': '203.0.113.5, <script>' }, true).address).toBe(
      socketAddress,
    );
  });

  it("takes the proxy's scheme, so HTTPS reaches the API and plain HTTP does not pose as it", () => {
    expect(clientOf({ 'x-forwarded-proto': 'https' }, true).protocol).toBe('https');
    expect(clientOf({ 'x-forwarded-proto': 'HTTPS' }, true).protocol).toBe('https');
    expect(clientOf({ 'x-forwarded-proto': 'https, http' }, true).protocol).toBe('http');
    expect(clientOf({ 'x-forwarded-proto': 'gopher' }, true).protocol).toBe('http');
  });

  it('ignores both headers entirely without NIANBAO_TRUST_PROXY', () => {
    const headers = { 'x-forwarded-for': '203.0.113.5', 'x-forwarded-proto': 'https' };
    expect(clientOf(headers, false)).toEqual({ address: socketAddress, protocol: 'http' });
  });
});
