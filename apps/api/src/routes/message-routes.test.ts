import { expect, it } from 'vitest';
import { cleanDraft } from '../test-support/clean-draft.js';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { passwordOf, useTestWorld } from '../test-support/test-world.js';

describeEachDatabase('messages', (kind) => {
  const world = useTestWorld(kind);
  const unread = async (username: string) =>
    (
      await world.request('GET', '/api/messages/unread-count', {
        token: await world.login(username),
      })
    ).body.unread as number;
  const messages = async (username: string, query = '') =>
    (await world.request('GET', `/api/messages${query}`, { token: await world.login(username) }))
      .body;

  it("tells the office of a unit's submission, and the unit of its return, approval and publication", async () => {
    const id = await cleanDraft(world, 2040);
    const editor = await world.login('editor');
    const reviewer = await world.login('reviewer');
    const before = { editor: await unread('editor'), reviewer: await unread('reviewer') };
    await world.request('POST', `/api/reports/${id}/submit`, { token: editor });
    expect(await unread('reviewer')).toBe(before.reviewer + 1);
    expect((await messages('reviewer')).items[0]).toMatchObject({
      kind: 'submitted',
      reportId: id,
      year: 2040,
      agencyId: world.agencies.pinghu,
    });
    await world.request('POST', `/api/reports/${id}/return`, {
      token: reviewer,
      body: { comment: '表三数字有误' },
    });
    const returned = (await messages('editor')).items[0];
    expect(returned).toMatchObject({ kind: 'returned', reportId: id, readAt: null });
    expect(returned.text).toContain('表三数字有误');
    await world.request('POST', `/api/reports/${id}/submit`, { token: editor });
    await world.request('POST', `/api/reports/${id}/approve`, { token: reviewer });
    await world.request('POST', `/api/reports/${id}/publish`, { token: reviewer });
    const kinds = (await messages('editor')).items
      .filter((m: { reportId: string }) => m.reportId === id)
      .map((m: { kind: string }) => m.kind);
    expect(kinds.sort()).toEqual(['approved', 'published', 'returned']);
    expect(await unread('editor')).toBe(before.editor + 3);
    // The other agency's editor hears nothing of it.
    expect((await messages('jiangnan')).items).toEqual([]);
  });

  it("marks an agency's message read for the reader only", async () => {
    const admin = await world.login('admin');
    const created = await world.request('POST', '/api/users', {
      token: admin,
      body: {
        username: 'editor2',
        password: passwordOf('editor2'),
        agencyId: world.agencies.dushangang,
        role: 'editor',
      },
    });
    expect(created.status).toBe(201);
    const reviewer = await world.login('reviewer');
    await world.request('POST', '/api/reminders', {
      token: reviewer,
      body: { agencyIds: [world.agencies.dushangang], year: 2041 },
    });
    const first = await unread('editor');
    const second = await unread('editor2');
    expect(second).toBeGreaterThan(0);
    const reminder = (await messages('editor', '?unread=true')).items[0];
    expect(reminder).toMatchObject({ kind: 'reminder', year: 2041 });
    const read = await world.request('POST', `/api/messages/${reminder.id}/read`, {
      token: await world.login('editor'),
    });
    expect(read.body).toEqual({ unread: first - 1 });
    expect(await unread('editor2')).toBe(second);
    const listed = await messages('editor');
    expect(listed.items.find((m: { id: string }) => m.id === reminder.id).readAt).not.toBeNull();
    expect((await messages('editor2', '?unread=true')).total).toBe(second);
    const all = await world.request('POST', '/api/messages/read-all', {
      token: await world.login('editor2'),
    });
    expect(all.body).toEqual({ marked: second, unread: 0 });
    expect(await unread('editor')).toBe(first - 1);
  });

  it("refuses someone else's message, and anonymous callers", async () => {
    const reviewer = await world.login('reviewer');
    await world.request('POST', '/api/reminders', {
      token: reviewer,
      body: { agencyIds: [world.agencies.dushangang], year: 2042 },
    });
    const theirs = (await messages('editor')).items[0];
    const other = await world.request('POST', `/api/messages/${theirs.id}/read`, {
      token: await world.login('jiangnan'),
    });
    expect(other.status).toBe(404);
    expect((await world.request('GET', '/api/messages/unread-count')).status).toBe(401);
    expect((await world.request('GET', '/api/messages')).status).toBe(401);
  });
});
