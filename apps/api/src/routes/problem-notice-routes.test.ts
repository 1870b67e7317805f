import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

describeEachDatabase('the draft 通报 of a 问题清单', (kind) => {
  const world = useTestWorld(kind);
  const notice = async (query: string, username = 'reviewer') =>
    world.request('GET', `/api/problem-lists/notice?${query}`, {
      token: await world.login(username),
    });

  it('downloads as Word and as PDF under its Chinese title', async () => {
    await world.request('POST', '/api/problem-lists', {
      token: await world.login('reviewer'),
      body: { year: 2029, within: world.agencies.pinghu },
    });
    const docx = await notice(`year=2029&within=${world.agencies.pinghu}&to=docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toContain('wordprocessingml');
    expect(decodeURIComponent(docx.headers.get('content-disposition') ?? '')).toContain(
      '关于2029年度政府信息公开工作年度报告检查情况的通报（草稿）.docx',
    );
    const pdf = await notice(`year=2029&within=${world.agencies.pinghu}&to=pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(String(pdf.body).startsWith('%PDF-')).toBe(true);
  });

  it('refuses an office outside the caller’s charge, an editor and an unknown format', async () => {
    expect((await notice(`year=2029&within=${world.agencies.jiangnan}&to=pdf`)).status).toBe(403);
    expect(
      (await notice(`year=2029&within=${world.agencies.pinghu}&to=pdf`, 'editor')).status,
    ).toBe(403);
    expect((await notice(`year=2029&within=${world.agencies.pinghu}&to=odt`)).status).toBe(400);
  });
});
