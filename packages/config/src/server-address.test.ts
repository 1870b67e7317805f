import { describe, expect, it } from 'vitest';
import { serverAddress } from './server-address.js';

describe('serverAddress', () => {
  it.each([
    ['127.0.0.1', 'http://127.0.0.1:3000/'],
    ['0.0.0.0', 'http://127.0.0.1:3000/'],
    ['::', 'http://[::1]:3000/'],
    ['::1', 'http://[::1]:3000/'],
    ['nianbao.local', 'http://nianbao.local:3000/'],
  ])('gives a host of %s the address %s', (host, address) => {
    expect(serverAddress({ host, port: 3000 })).toBe(address);
  });

  it('appends the path', () => {
    expect(serverAddress({ host: '127.0.0.1', port: 3001, path: '/api/docs' })).toBe(
      'http://127.0.0.1:3001/api/docs',
    );
  });
});
