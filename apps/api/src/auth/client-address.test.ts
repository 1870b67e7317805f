import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address.js';

const app = new Hono().get('/', (c) => c.text(clientAddress(c)));
const addressFor = async (headers: Record<string, string>) =>
  (await app.request('/', { headers })).text();

describe('clientAddress', () => {
  it("takes the browser's address the editor's server forwards", async () => {
    expect(await addressFor({ 'x-forwarded-for': '203.0.113.7' })).toBe('203.0.113.7');
  });

  it('takes the last hop when the header lists several (the nearest proxy is the one trusted)', async () => {
    expect(await addressFor({ 'x-forwarded-for': '10.0.0.1, 203.0.113.7' })).toBe('203.0.113.7');
  });

  it('says unknown when nothing tells the address', async () => {
    expect(await addressFor({})).toBe('unknown');
  });
});
