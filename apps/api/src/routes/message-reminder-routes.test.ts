import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';
import { maxReminders } from './message-reminder-routes.js';

describeEachDatabase('reminders (催报)', (kind) => {
  const world = useTestWorld(kind);
  const remind = async (username: string, body: unknown) =>
    world.request('POST', '/api/reminders', { token: await world.login(username), body });

  it("sends a unit's editors a reminder naming the year and deadline, and audits each", async () => {
    const before = await world.request('GET', '/api/messages/unread-count', {
      token: await world.login('editor'),
    });
    const reply = await remind('reviewer', {
      agencyIds: [world.agencies.dushangang, world.agencies.pinghu],
      year: 2025,
    });
    expect(reply.body).toEqual({ sent: 2 });
    const after = await world.request('GET', '/api/messages?unread=true', {
      token: await world.login('editor'),
    });
    expect(after.body.unread).toBe(before.body.unread + 1);
    expect(after.body.items[0].text).toMatch(/2025年度报告.*期限 2026-/);
    const log = await world.request('GET', '/api/audit?action=reminder.send', {
      token: await world.login('admin'),
    });
    expect(log.body.items.map((e: { target: string }) => e.target).sort()).toEqual(
      [world.agencies.dushangang, world.agencies.pinghu].sort(),
    );
    // The reviewer is no editor: a reminder to their own agency reaches its editors only.
    const reviewer = await world.request('GET', '/api/messages', {
      token: await world.login('reviewer'),
    });
    expect(reviewer.body.items.filter((m: { kind: string }) => m.kind === 'reminder')).toEqual([]);
  });

  it('uses the text given', async () => {
    await remind('admin', {
      agencyIds: [world.agencies.jiangnan],
      year: 2025,
      text: '请于本周内发布。',
    });
    const listed = await world.request('GET', '/api/messages', {
      token: await world.login('jiangnan'),
    });
    expect(listed.body.items[0]).toMatchObject({ kind: 'reminder', text: '请于本周内发布。' });
  });

  it('refuses agencies outside the caller’s charge, editors, and too many at once', async () => {
    const outside = await remind('reviewer', {
      agencyIds: [world.agencies.dushangang, world.agencies.jiangnan],
      year: 2025,
    });
    expect(outside.status).toBe(403);
    const jiangnan = await world.request('GET', '/api/messages', {
      token: await world.login('jiangnan'),
    });
    expect(
      jiangnan.body.items.filter((m: { text: string }) => m.text !== '请于本周内发布。'),
    ).toEqual([]);
    const editor = await remind('editor', { agencyIds: [world.agencies.dushangang], year: 2025 });
    expect(editor.status).toBe(403);
    const many = await remind('admin', {
      agencyIds: Array.from({ length: maxReminders + 1 }, (_, i) => `a${String(i)}`),
      year: 2025,
    });
    expect(many.status).toBe(400);
    const unknown = await remind('admin', { agencyIds: ['no-such-agency'], year: 2025 });
    expect(unknown.status).toBe(422);
  });
});
