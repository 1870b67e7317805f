import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

const fixture = (name: string): unknown =>
  JSON.parse(
    readFileSync(fileURLToPath(import.meta.resolve(`@nianbao/schema/fixtures/${name}`)), 'utf8'),
  );

describeEachDatabase('rule packs made in the admin UI', (kind) => {
  const world = useTestWorld(kind, {
    rulePacks: { rules: [{ rule: 'trend.jump', setting: 'off' }], deadlines: [] },
  });
  const as = async (username: string) => ({ token: await world.login(username) });
  const rulesFor = async (username: string) => {
    const reply = await world.request('POST', '/api/validate', {
      ...(await as(username)),
      body: fixture('broken/narrative.empty.json'),
    });
    return (reply.body.findings as { rule: string }[]).map((f) => f.rule);
  };
  const offInPinghu = () => ({
    rules: { 'narrative.empty': { setting: 'off', within: world.agencies.pinghu } },
  });
  afterEach(async () => {
    for (const { id } of await world.repo.rulePacks.list()) await world.repo.rulePacks.delete(id);
  });

  it('switches a warning off in a subtree at once, and back on when edited or deleted', async () => {
    const admin = await as('admin');
    expect(await rulesFor('editor')).toContain('narrative.empty');
    const created = await world.request('POST', '/api/rule-packs', {
      ...admin,
      body: offInPinghu(),
    });
    expect(created.status).toBe(201);
    expect(created.body.updatedBy).toBe('admin');
    expect(await rulesFor('editor')).not.toContain('narrative.empty');
    expect(await rulesFor('jiangnan')).toContain('narrative.empty');

    const id = created.body.id as string;
    const back = { rules: { 'narrative.empty': { setting: 'warning', within: '平湖市人民政府' } } };
    const updated = await world.request('PUT', `/api/rule-packs/${id}`, { ...admin, body: back });
    expect(updated.status).toBe(200);
    expect(await rulesFor('editor')).toContain('narrative.empty');

    await world.request('PUT', `/api/rule-packs/${id}`, { ...admin, body: offInPinghu() });
    expect(await rulesFor('editor')).not.toContain('narrative.empty');
    expect((await world.request('DELETE', `/api/rule-packs/${id}`, admin)).status).toBe(204);
    expect(await rulesFor('editor')).toContain('narrative.empty');
  });

  it('lists the file’s settings as read-only and the admin UI’s with their pack', async () => {
    const admin = await as('admin');
    const created = await world.request('POST', '/api/rule-packs', {
      ...admin,
      body: offInPinghu(),
    });
    const view = await world.request('GET', '/api/rule-packs', admin);
    expect(view.body.rules).toEqual([
      expect.objectContaining({ rule: 'trend.jump', source: 'file', packId: null }),
      expect.objectContaining({
        rule: 'narrative.empty',
        setting: 'off',
        agency: { id: world.agencies.pinghu, name: '平湖市人民政府' },
        source: 'database',
        packId: created.body.id,
      }),
    ]);
    expect(view.body.packs).toEqual([
      expect.objectContaining({ id: created.body.id, pack: offInPinghu() }),
    ]);
  });

  it('records each change in the audit log', async () => {
    const admin = await as('admin');
    const created = await world.request('POST', '/api/rule-packs', {
      ...admin,
      body: offInPinghu(),
    });
    const id = created.body.id as string;
    await world.request('PUT', `/api/rule-packs/${id}`, { ...admin, body: offInPinghu() });
    await world.request('DELETE', `/api/rule-packs/${id}`, admin);
    const log = await world.request('GET', '/api/audit?pageSize=500', admin);
    const mine = (log.body.items as { action: string; target: string; userName: string }[])
      .filter((entry) => entry.target === id)
      .map((entry) => [entry.action, entry.userName]);
    expect(mine).toEqual([
      ['rule-pack.delete', 'admin'],
      ['rule-pack.update', 'admin'],
      ['rule-pack.create', 'admin'],
    ]);
  });

  it('lets only admins change rule packs', async () => {
    const editor = await as('editor');
    const post = await world.request('POST', '/api/rule-packs', { ...editor, body: {} });
    expect(post.status).toBe(403);
    const bad = await world.request('POST', '/api/rule-packs', { ...editor, body: { x: 1 } });
    expect(bad.status).toBe(403);
    const stored = await world.repo.rulePacks.create({}, 'admin');
    const put = await world.request('PUT', `/api/rule-packs/${stored.id}`, { ...editor, body: {} });
    expect(put.status).toBe(403);
    expect((await world.request('DELETE', `/api/rule-packs/${stored.id}`, editor)).status).toBe(
      403,
    );
    expect((await world.request('POST', '/api/rule-packs', { body: {} })).status).toBe(401);
    expect(await world.repo.rulePacks.list()).toHaveLength(1);
  });

  it('refuses to switch off an error, naming it', async () => {
    const reply = await world.request('POST', '/api/rule-packs', {
      ...(await as('admin')),
      body: { rules: { 'requests.balance': 'off' } },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([
      { path: 'body/rules/requests.balance', message: expect.stringContaining('是错误，不能关闭') },
    ]);
    expect(await world.repo.rulePacks.list()).toEqual([]);
  });

  it('names each wrong field in Chinese', async () => {
    const reply = await world.request('POST', '/api/rule-packs', {
      ...(await as('admin')),
      body: { rules: { 'narrative.empty': 'maybe' }, deadlines: [{ within: 'x', date: '1-2' }] },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([
      { path: 'body/rules/narrative.empty', message: expect.stringContaining('应为 "off"') },
      { path: 'body/deadlines/0/date', message: expect.stringContaining('MM-DD') },
    ]);
  });

  it('takes local deadlines only up to the statutory one, and only for known agencies', async () => {
    const admin = await as('admin');
    const post = (within: string, date: string) =>
      world.request('POST', '/api/rule-packs', {
        ...admin,
        body: { deadlines: [{ within, date }] },
      });
    // 独山港 is no government: 31 January; 平湖市人民政府 is one: 31 March.
    const late = await post('平湖市独山港经济开发区（独山港镇）', '02-10');
    expect(late.status).toBe(400);
    expect(late.body.detail).toContain('法定期限为次年 01-31');
    expect((await post('平湖市人民政府', '04-01')).status).toBe(400);
    expect((await post('没有这个机关', '01-10')).body.errors).toEqual([
      { path: 'body/deadlines/0/within', message: '没有名称或编号为“没有这个机关”的机关' },
    ]);
    expect((await post('平湖市人民政府', '03-31')).status).toBe(201);
  });

  it('moves the overview’s deadlines at once', async () => {
    const admin = await as('admin');
    const deadlineOf = async () => {
      const overview = await world.request('GET', '/api/overview?year=2021', admin);
      const rows = overview.body.rows as { agency: { name: string }; deadline: string }[];
      return rows.find((row) => row.agency.name === '江南市人民政府')?.deadline;
    };
    expect(await deadlineOf()).toBe('2022-03-31');
    await world.request('POST', '/api/rule-packs', {
      ...admin,
      body: { deadlines: [{ within: world.agencies.jiangnan, date: '02-15' }] },
    });
    expect(await deadlineOf()).toBe('2022-02-15');
  });

  it("tells the editor the pack of a report's agency", async () => {
    const admin = await as('admin');
    await world.request('POST', '/api/rule-packs', {
      ...admin,
      body: { ...offInPinghu(), deadlines: [{ within: '平湖市人民政府', date: '01-15' }] },
    });
    const [report] = await world.repo.findReports({
      agencyId: world.agencies.dushangang,
      year: 2021,
    });
    const reply = await world.request(
      'GET',
      `/api/reports/${report?.id ?? ''}/rule-pack`,
      await as('editor'),
    );
    expect(reply.body).toEqual({
      rules: { 'trend.jump': 'off', 'narrative.empty': 'off' },
      deadline: '01-15',
    });
  });

  it('answers 404 for a pack that is not there', async () => {
    const admin = await as('admin');
    const put = await world.request('PUT', '/api/rule-packs/none', { ...admin, body: {} });
    expect(put.status).toBe(404);
    expect((await world.request('DELETE', '/api/rule-packs/none', admin)).status).toBe(404);
  });
});
