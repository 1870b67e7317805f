import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { createApp } from '../app.js';
import { describeEachDatabase } from '../test-support/test-databases.js';
import { useTestWorld } from '../test-support/test-world.js';

describeEachDatabase('the progress table as Excel', (kind) => {
  const world = useTestWorld(kind);
  const download = async (query: string) => {
    const response = await fetchRaw(`/api/overview/export?${query}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    return { response, sheet: workbook.worksheets[0] };
  };
  // The test world reads answers as text; a workbook needs its bytes.
  const fetchRaw = async (path: string) => {
    const token = await world.login('reviewer');
    const reply = await createApp(world.repo).request(path, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(reply.status).toBe(200);
    return reply;
  };

  it('writes every row the page would show, under a frozen header of Chinese column names', async () => {
    const { response, sheet } = await download('year=2021&to=xlsx');
    expect(response.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect(response.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('2021年度填报进度.xlsx')}`,
    );
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const values = (n: number) => (sheet?.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual([
      '机关',
      '状态',
      '错误',
      '警告',
      '期限',
      '剩余天数',
      '逾期',
      '最后修改',
    ]);
    expect(values(2).slice(0, 2)).toEqual(['平湖市人民政府', '未填报']);
    expect(values(3).slice(0, 3)).toEqual(['平湖市独山港经济开发区（独山港镇）', '已发布', 0]);
    expect(sheet?.rowCount).toBe(3);
  });

  it('applies the filters of the page', async () => {
    const { sheet } = await download('year=2021&status=missing');
    expect(sheet?.rowCount).toBe(2);
    expect(sheet?.getRow(2).getCell(1).value).toBe('平湖市人民政府');
    expect(sheet?.getRow(2).getCell(7).value).toBe('逾期');
  });
});
