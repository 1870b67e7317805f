import { template2021, tableLayout, tablesOf, type LayoutCell } from '@nianbao/schema';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFixture } from '../test/fixtures.js';
import { readPdf, type ReadPdf, type TextItem } from '../test/read-pdf.js';
import { placeCells } from './place-cells.js';
import { RenderError, renderReport, unvalidatedStamp } from './index.js';

const require = createRequire(import.meta.url);
const report = loadFixture('2022-jiangnan-city.json');
let bytes: Uint8Array;
let pdf: ReadPdf;

beforeAll(async () => {
  bytes = await renderReport(report);
  pdf = await readPdf(bytes);
});

/** Every text item of the document in drawing order, page numbers left out. */
const bodyItems = (): TextItem[] =>
  pdf.pages.flatMap((page) => page.items.filter((item) => !/^— \d+ —$/.test(item.text)));

/** Finds `text` as one item or as consecutive items (a label wrapped over lines), from `start`. */
function findText(
  items: readonly TextItem[],
  text: string,
  start: number,
): { index: number; item: TextItem } | undefined {
  for (let index = start; index < items.length; index++) {
    let joined = '';
    for (let end = index; end < items.length && joined.length < text.length; end++)
      joined += items[end]?.text ?? '';
    const item = items[index];
    if (joined.startsWith(text) && item && text.startsWith(item.text)) return { index, item };
  }
  return undefined;
}

const centre = (item: TextItem): number => item.x + item.width / 2;

describe('renderReport on the non-zero fixture', () => {
  it('writes an A4 PDF with title, author, subject and language in its metadata', () => {
    expect(pdf.width).toBeCloseTo(595.28, 1);
    expect(pdf.height).toBeCloseTo(841.89, 1);
    expect(pdf.info).toMatchObject({
      Title: '江南市人民政府2022年度政府信息公开工作年度报告',
      Author: '江南市人民政府',
      Subject: '政府信息公开工作年度报告',
      Language: 'zh-CN',
    });
  });

  it('prints the six section headings verbatim and in template order', () => {
    const items = bodyItems();
    let cursor = 0;
    for (const section of template2021.sections) {
      const found = findText(items, section.heading, cursor);
      expect(found, section.heading).toBeDefined();
      cursor = (found?.index ?? 0) + 1;
    }
  });

  for (const table of tablesOf(template2021)) {
    it(`prints every label of table ${table.id} in template order, each value under its column`, () => {
      const items = bodyItems();
      let cursor = 0;
      for (const block of tableLayout(table).blocks) {
        const { rows, headerRows: headerEnd } = block;
        const placed = new Map<LayoutCell, TextItem>();
        placeCells(rows, table.width).forEach((row, r) => {
          for (const cell of row) {
            if (cell === 'covered' || (cell.type === 'label' && cell.text === '')) continue;
            if (cell.type === 'label') {
              const found = findText(items, cell.text, cursor);
              expect(found, `${table.id}: ${cell.text}`).toBeDefined();
              if (!found) return;
              placed.set(cell, found.item);
              cursor = found.index + 1;
              continue;
            }
            const value = String(loadValue(cell.cell.address) ?? '');
            const index = items.findIndex((item, i) => i >= cursor && item.text === value);
            expect(index, `${cell.cell.address} = ${value}`).toBeGreaterThanOrEqual(0);
            const item = items[index];
            cursor = index + 1;
            // The value sits under the header cell that starts at its column and has its width.
            const header = rows
              .slice(0, headerEnd)
              .flat()
              .filter((h) => h.col === cell.col && h.colSpan === cell.colSpan)
              .at(-1);
            const headerItem = header ? placed.get(header) : undefined;
            expect(headerItem, `${cell.cell.address} header`).toBeDefined();
            if (item && headerItem)
              expect(Math.abs(centre(item) - centre(headerItem)), cell.cell.address).toBeLessThan(
                2,
              );
            expect(r).toBeGreaterThanOrEqual(headerEnd);
          }
        });
      }
    });
  }

  it('sets body text on a 28.9 pt line pitch', () => {
    // Lines start at the left edge of the text block (28 mm) or two characters in.
    const lineStarts = new Set(
      (pdf.pages[0]?.items ?? [])
        .filter((item) => Math.abs(item.x - 79.4) < 1 || Math.abs(item.x - 111.4) < 1)
        .map((item) => Math.round(item.y * 10) / 10),
    );
    const ys = [...lineStarts].sort((a, b) => a - b);
    expect(ys.length).toBeGreaterThan(10);
    for (const [i, y] of ys.slice(1).entries()) expect(y - (ys[i] ?? 0)).toBeCloseTo(28.9, 0);
  });

  it('fills every page but the last past its middle: long tables break rather than move whole', () => {
    // The count follows the prose; what must hold is that no page but the last is left half empty.
    expect(pdf.pages.length).toBeGreaterThan(1);
    for (const page of pdf.pages.slice(0, -1)) {
      const lowest = Math.max(
        ...page.items.filter((item) => !/^— \d+ —$/.test(item.text)).map((item) => item.y),
      );
      expect(lowest).toBeGreaterThan(pdf.height * 0.6);
    }
  });

  it('numbers pages “— N —”, odd pages on the right and even pages on the left', () => {
    pdf.pages.forEach((page, index) => {
      const number = page.items.find((item) => item.text === `— ${index + 1} —`);
      expect(number, `page ${index + 1}`).toBeDefined();
      if (!number) return;
      if ((index + 1) % 2 === 1) expect(number.x).toBeGreaterThan(pdf.width / 2);
      else expect(number.x + number.width).toBeLessThan(pdf.width / 2);
    });
  });
});

function loadValue(address: string): string | number | undefined {
  const [table = '', record = '', field = ''] = address.split('.');
  const tables = report as Record<string, Record<string, Record<string, string | number>>>;
  return tables[table]?.[record]?.[field];
}

describe('renderReport', () => {
  it('gives byte-identical output for the same report', async () => {
    const again = await renderReport(report);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('refuses a report with errors, naming the rule', async () => {
    const broken = loadFixture('broken/requests.balance.json');
    const refusal = await renderReport(broken).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RenderError);
    expect(refusal).toMatchObject({ kind: 'invalid' });
    expect((refusal as RenderError).message).toContain('requests.balance');
  });

  it('renders a report with errors when forced, saying 未通过校验 on every page', async () => {
    const forced = await readPdf(
      await renderReport(loadFixture('broken/requests.balance.json'), { force: true }),
    );
    expect(forced.pages.length).toBeGreaterThan(1);
    for (const page of forced.pages) expect(page.text).toContain(unvalidatedStamp);
  });

  it('marks a correction: （更正） in the title and on every page, its reason under the title', async () => {
    const corrected = await readPdf(
      await renderReport(report, { correction: { reason: '表三第二行数字有误，予以更正。' } }),
    );
    expect(corrected.info.Title).toBe('江南市人民政府2022年度政府信息公开工作年度报告（更正）');
    const text = corrected.pages[0]?.text.replace(/\s/g, '') ?? '';
    expect(text.indexOf('更正说明：表三第二行数字有误，予以更正。')).toBeGreaterThan(
      text.indexOf('年度报告（更正）'),
    );
    for (const page of corrected.pages) expect(page.text).toContain('（更正）');
  });

  it('never leaves a section heading last on a page, even before a table that breaks', async () => {
    const seed = await readPdf(await renderReport(loadFixture('2021-pinghu-dushangang.json')));
    const headings = new Set(template2021.sections.map((section) => section.heading));
    for (const page of seed.pages) {
      const items = page.items.filter((item) => !/^— \d+ —$/.test(item.text));
      expect(headings.has(items.at(-1)?.text ?? '')).toBe(false);
    }
  });

  it('ends with a 落款 when asked: the agency, and the publication date under it', async () => {
    const signed = await readPdf(await renderReport(report, { signOff: true }));
    const last = signed.pages.at(-1)?.text.replace(/\s/g, '') ?? '';
    expect(last).toMatch(/江南市人民政府2023年3月28日—\d+—$/);
    const unsigned = bodyItems()
      .map((item) => item.text)
      .join('');
    expect(unsigned).not.toContain('2023年3月28日');
  });

  it('refuses text the fonts cannot show, listing the characters and where they are', async () => {
    const withEmoji = structuredClone(report) as { narrative: Record<string, string> };
    withEmoji.narrative.other = '本年度无收费。🙂';
    const refusal = await renderReport(withEmoji).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RenderError);
    expect(refusal).toMatchObject({ kind: 'glyphs' });
    expect((refusal as RenderError).message).toContain('🙂');
    expect((refusal as RenderError).message).toContain('六、其他需要报告的事项');
  });

  it('uses the fonts it is given, and refuses one that lacks the headings’ characters', async () => {
    const roboto = require.resolve('pdfmake/fonts/Roboto/Roboto-Medium.ttf');
    const refusal = await renderReport(report, { fonts: { heading: roboto } }).catch(
      (error: unknown) => error,
    );
    expect(refusal).toMatchObject({ kind: 'glyphs' });
    expect((refusal as RenderError).message).toMatch(/标题字体（Roboto[^）]*）缺少/);
    expect((refusal as RenderError).message).toContain('章节标题');
  });

  it('says which font file it cannot read', async () => {
    const refusal = await renderReport(report, { fonts: { body: '/nonexistent/font.ttf' } }).catch(
      (error: unknown) => error,
    );
    expect(refusal).toMatchObject({ kind: 'font' });
    expect((refusal as RenderError).message).toContain('/nonexistent/font.ttf');
  });
});
