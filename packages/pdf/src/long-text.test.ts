import { tableLayout, tablesOf, template2021 } from '@nianbao/schema';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../test/fixtures.js';
import { readPdf } from '../test/read-pdf.js';
import { renderReport } from './index.js';

// Issue 11 item 7: hostile lengths once gave a PDF 500; each now renders, broken into lines.
const report = loadFixture('2022-jiangnan-city.json') as Record<string, unknown> & {
  narrative: Record<string, string>;
  agency: { name: string };
};
const withProse = (text: string) => ({
  ...report,
  narrative: { ...report.narrative, other: text },
});

async function pagesOf(bytes: Uint8Array): Promise<string[]> {
  return (await readPdf(bytes)).pages.map((page) => page.text.replace(/\s/g, ''));
}

describe('renderReport on very long text', () => {
  it('breaks an unbroken Latin run of 130,000 characters over pages', async () => {
    const pages = await pagesOf(await renderReport(withProse('x'.repeat(130_000))));
    expect(pages.join('').split('x').length - 1).toBe(130_000);
  }, 60_000);

  it('breaks 130,000 Chinese characters without a space over pages', async () => {
    const pages = await pagesOf(await renderReport(withProse('公'.repeat(130_000))));
    expect(pages.length).toBeGreaterThan(100);
  }, 60_000);

  it('renders 5,000 one-line paragraphs', async () => {
    const text = Array.from({ length: 5000 }, (_, i) => `第${i + 1}段。`).join('\n');
    const pages = (await pagesOf(await renderReport(withProse(text)))).join('');
    expect(pages).toContain('第5000段。');
  }, 60_000);

  it('breaks a 2,000-character agency name in the title', async () => {
    const named = { ...report, agency: { ...report.agency, name: '某'.repeat(2000) } };
    const [first = ''] = await pagesOf(await renderReport(named));
    expect(first.startsWith('某某某')).toBe(true);
  }, 60_000);

  it('breaks a 130,000-character run in a table cell of a forced render', async () => {
    const [cell] = tablesOf(template2021).flatMap((table) =>
      tableLayout(table).blocks.flatMap((block) =>
        block.body.flat().flatMap((c) => (c.type === 'value' ? [c.cell] : [])),
      ),
    );
    if (!cell) throw new Error('no value cell');
    const broken = structuredClone(report) as Record<
      string,
      Record<string, Record<string, unknown>>
    >;
    const record = (broken[cell.table] ??= {})[cell.record] ?? {};
    broken[cell.table] = {
      ...broken[cell.table],
      [cell.record]: { ...record, [cell.field]: '9'.repeat(130_000) },
    };
    const bytes = await renderReport(broken, { force: true });
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
  }, 120_000);
});
