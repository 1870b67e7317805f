import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import type { RulePacks } from '../reports/rule-packs.js';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(
    readFileSync(fileURLToPath(import.meta.resolve(`@nianbao/schema/fixtures/${name}`)), 'utf8'),
  ) as Record<string, unknown>;

const rulePacks: RulePacks = {
  rules: [
    { rule: 'narrative.empty', setting: 'off', within: '平湖市人民政府' },
    // An error named in a pack stays on: the config file refuses it, the API ignores it.
    { rule: 'requests.balance', setting: 'off' },
  ],
  deadlines: [{ within: '平湖市人民政府', date: '01-20' }],
};

describeEachDatabase('rule packs applied by the API', (kind) => {
  const world = useTestWorld(kind, { rulePacks });
  const rulesOf = async (username: string, body: unknown) => {
    const reply = await world.request('POST', '/api/validate', {
      token: await world.login(username),
      body,
    });
    expect(reply.status).toBe(200);
    return reply.body.findings as { rule: string; message: string }[];
  };

  it('switches a warning off in its subtree only', async () => {
    const report = fixture('broken/narrative.empty.json');
    expect((await rulesOf('editor', report)).map((f) => f.rule)).not.toContain('narrative.empty');
    expect((await rulesOf('jiangnan', report)).map((f) => f.rule)).toContain('narrative.empty');
  });

  it('keeps errors on whatever the pack says', async () => {
    const report = fixture('broken/requests.balance.json');
    expect((await rulesOf('editor', report)).map((f) => f.rule)).toContain('requests.balance');
  });

  it('raises publication.late against a local deadline earlier than the statutory one', async () => {
    const report = { ...fixture('2021-pinghu-dushangang.json'), publishedOn: '2022-01-25' };
    const late = (await rulesOf('editor', report)).find((f) => f.rule === 'publication.late');
    expect(late?.message).toContain('本地规定');
    expect(late?.message).toContain('2022-01-20');
    const elsewhere = await rulesOf('jiangnan', report);
    expect(elsewhere.map((f) => f.rule)).not.toContain('publication.late');
  });

  it("applies the pack to a stored report's findings and the overview", async () => {
    const token = await world.login('admin');
    const reports = await world.repo.findReports({
      agencyId: world.agencies.dushangang,
      year: 2021,
    });
    const id = reports[0]?.id ?? '';
    const stored = { ...fixture('2021-pinghu-dushangang.json'), publishedOn: '2022-01-25' };
    await world.repo.updateReport({
      id,
      expectedVersion: reports[0]?.version ?? 0,
      report: stored,
      status: 'published',
      action: 'update',
      userId: null,
      changes: ['publishedOn'],
      comment: null,
      milestone: false,
    });
    const findings = await world.request('GET', `/api/reports/${id}/findings`, { token });
    expect(findings.body.findings.map((f: { rule: string }) => f.rule)).toContain(
      'publication.late',
    );
    const overview = await world.request('GET', '/api/overview?year=2021', { token });
    const rows = overview.body.rows as {
      agency: { name: string };
      deadline: string;
      overdue: boolean;
      warnings: number;
    }[];
    const byName = new Map(rows.map((row) => [row.agency.name, row]));
    expect(byName.get('平湖市独山港经济开发区（独山港镇）')).toMatchObject({
      deadline: '2022-01-20',
      overdue: true,
    });
    expect(byName.get('平湖市人民政府')?.deadline).toBe('2022-01-20');
    expect(byName.get('江南市人民政府')?.deadline).toBe('2022-03-31');
  });
});

describeEachDatabase('rule packs shown to admins', (kind) => {
  const world = useTestWorld(kind, {
    rulePacks: { ...rulePacks, file: '/srv/nianbao.config.json' },
  });

  it('lists the catalog and each subtree’s settings and deadlines, for admins only', async () => {
    const reply = await world.request('GET', '/api/rule-packs', {
      token: await world.login('admin'),
    });
    expect(reply.status).toBe(200);
    expect(reply.body.file).toBe('/srv/nianbao.config.json');
    expect(reply.body.catalog).toContainEqual(
      expect.objectContaining({ id: 'narrative.empty', severity: 'warning' }),
    );
    expect(reply.body.rules[0]).toMatchObject({
      rule: 'narrative.empty',
      title: '文字部分不为空',
      setting: 'off',
      within: '平湖市人民政府',
      agency: { id: world.agencies.pinghu, name: '平湖市人民政府' },
    });
    expect(reply.body.deadlines).toEqual([
      {
        date: '01-20',
        within: '平湖市人民政府',
        agency: { id: world.agencies.pinghu, name: '平湖市人民政府' },
        source: 'file',
        packId: null,
      },
    ]);
    const editor = await world.request('GET', '/api/rule-packs', {
      token: await world.login('editor'),
    });
    expect(editor.status).toBe(403);
  });
});
