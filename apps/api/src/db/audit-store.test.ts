import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase, openTestDatabase } from '../test-support/test-databases.js';
import type { Database } from './open-database.js';
import { createAuditStore, type AuditStore } from './audit-store.js';

describeEachDatabase('audit store', (kind) => {
  let database: Database;
  let store: AuditStore;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    store = createAuditStore(database.db);
  });
  afterAll(() => database.close());

  const entry = (action: string, details: Record<string, unknown> = {}) => ({
    userId: 'u1',
    userName: '张三',
    address: '10.1.1.1',
    action,
    target: null,
    details,
  });

  it('chains each entry to the one before and keeps concurrent appends in one chain', async () => {
    const first = await store.append(entry('login.success', { b: 1, a: [2] }));
    expect(first.prevHash).toBe('0'.repeat(64));
    const second = await store.append(entry('logout'));
    expect(second.prevHash).toBe(first.hash);
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.append(entry(`step.${i}`))));
    expect(await store.verify()).toEqual({ count: 22 });
    const page = await store.list({ limit: 5, offset: 0 });
    expect(page.total).toBe(22);
    expect(page.items.map((item) => item.seq)).toEqual([22, 21, 20, 19, 18]);
    expect((await store.list({ action: 'logout', limit: 5, offset: 0 })).items).toHaveLength(1);
  });

  it('finds an entry changed behind its back', async () => {
    await sql`update audit_log set user_name = '李四' where seq = 2`.execute(database.db);
    expect(await store.verify()).toEqual({ count: 1, brokenAt: 2 });
  });
});
