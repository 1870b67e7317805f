import { computeTotals, type Report } from '@nianbao/schema';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

// Issue 11 item 8: a character the PDF fonts lack is found on save and blocks 提交.
describeEachDatabase('characters the PDF fonts lack', (kind) => {
  const world = useTestWorld(kind);

  it('are findings naming section and character once saved, and 提交 is refused', async () => {
    const token = await world.login('editor');
    const created = await world.request('POST', '/api/reports', {
      token,
      body: { agencyId: world.agencies.dushangang, year: 2033 },
    });
    const { id } = created.body;
    const report = computeTotals({
      ...(created.body.report as Report),
      narrative: { overview: '概述。', problems: '问题。', other: '𠮷祥路门店信息已公开。' },
    });
    const saved = await world.request('PUT', `/api/reports/${id}`, {
      token,
      body: report,
      headers: { 'if-match': '"1"' },
    });
    expect(saved.status).toBe(200);
    const found = await world.request('GET', `/api/reports/${id}/findings`, { token });
    expect(found.body.ok).toBe(false);
    expect(found.body.findings).toContainEqual(
      expect.objectContaining({
        rule: 'pdf.glyphs',
        cells: ['narrative.other'],
        message: expect.stringContaining(
          '六、其他需要报告的事项有 PDF 字体缺少的字符 “𠮷”（U+20BB7）',
        ),
      }),
    );
    const submitted = await world.request('POST', `/api/reports/${id}/submit`, { token });
    expect(submitted.status).toBe(422);
    expect(submitted.body.findings.map((f: { rule: string }) => f.rule)).toContain('pdf.glyphs');
  });
});
