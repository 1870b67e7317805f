import {
  formatCellValue,
  readNumber,
  splitAddress,
  tableLayout,
  template2021,
  templates,
} from '@nianbao/schema';
import { generateReport } from '@nianbao/schema/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { convertWith, hasLibreOffice } from '../../../tooling/repo-checks/src/libre-office.js';
import { readZipEntry } from '../test/read-zip-entry.js';
import { renderDocx } from './render-docx.js';

const report = generateReport(5);
const documentXml = async (): Promise<string> =>
  readZipEntry(await renderDocx(report), 'word/document.xml');
const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

describe('renderDocx', () => {
  it('sets an A4 page with the GB/T 9704 margins (37/35/28/26 mm)', async () => {
    const xml = await documentXml();
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  });

  it('names the official faces: 方正小标宋 title, 黑体 headings, 楷体 sub-heads', async () => {
    const xml = await documentXml();
    for (const face of ['方正小标宋简体', '黑体', '楷体_GB2312'])
      expect(xml).toContain(`w:eastAsia="${face}"`);
    expect(xml).toContain('<w:sz w:val="44"/>');
  });
});

describe('renderDocx layout', () => {
  it('breaks a title too long for a line after the agency or the year, never inside a word', async () => {
    const title = async (name: string) => {
      const named = { ...report, agency: { ...report.agency, name } };
      const xml = readZipEntry(await renderDocx(named), 'word/document.xml');
      const paragraph = xml.split('</w:p>')[0] ?? '';
      return [...paragraph.matchAll(/(<w:br\/>)?<w:t[^>]*>([^<]*)<\/w:t>/g)]
        .map(([, br, t]) => `${br === undefined ? '' : '/'}${t}`)
        .join('');
    };
    expect(await title('江南市人民政府')).toBe(
      `江南市人民政府${report.year}年度/政府信息公开工作年度报告`,
    );
    expect(await title('平湖市独山港经济开发区（独山港镇）')).toBe(
      `平湖市独山港经济开发区（独山港镇）/${report.year}年度政府信息公开工作年度报告`,
    );
    expect(await title('某局')).toBe(`某局${report.year}年度政府信息公开工作年度报告`);
  });

  it('keeps a sub-head on a line of its own with the paragraph it heads', async () => {
    const headed = { ...report, narrative: { ...report.narrative, other: '（一）小标题\n正文。' } };
    const xml = readZipEntry(await renderDocx(headed), 'word/document.xml');
    const paragraphOf = (text: string) =>
      xml.split('<w:p>').find((paragraph) => paragraph.includes(`>${text}</w:t>`)) ?? '';
    expect(paragraphOf('（一）小标题')).toContain('<w:keepNext/>');
    expect(paragraphOf('正文。')).not.toContain('<w:keepNext/>');
  });

  it('gives the innermost label column the room the outer ones need not take', async () => {
    const grids = [...(await documentXml()).matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map(
      (grid) => [...(grid[1] ?? '').matchAll(/w:w="(\d+)"/g)].map((w) => Number(w[1])),
    );
    // Table 三's block has three label columns: two outer, then the row labels proper.
    const [outer = 0, , innermost = 0] = grids.find((grid) => grid.length === 10) ?? [];
    expect(innermost).toBeGreaterThan(3 * outer);
  });
});

describe('renderDocx bytes', () => {
  afterEach(() => vi.useRealTimers());

  it('are the same for the same report exported at different times', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-03-01T08:00:00Z'));
    const first = await renderDocx(report);
    vi.setSystemTime(new Date('2025-07-09T17:31:07Z'));
    expect(await renderDocx(report)).toEqual(first);
  });

  it('differ for a report published on another day', async () => {
    const other = { ...report, publishedOn: `${report.year + 1}-02-28` };
    expect(await renderDocx(other)).not.toEqual(await renderDocx(report));
  });

  it('carry the title and the publication date, not the export time, in core.xml', async () => {
    const core = readZipEntry(await renderDocx(report), 'docProps/core.xml');
    expect(core).toContain(
      `<dc:title>示例机关5${report.year}年度政府信息公开工作年度报告</dc:title>`,
    );
    expect(core).toContain(`>${report.publishedOn}T00:00:00Z</dcterms:created>`);
    expect(core).toContain(`>${report.publishedOn}T00:00:00Z</dcterms:modified>`);
  });
});

describe.each(templates.map((t) => [t.format, t] as const))(
  'renderDocx, format %s',
  (_f, template) => {
    it('repeats the title and header rows of every block and merges every spanned cell', async () => {
      const xml = readZipEntry(await renderDocx(generateReport(5, template)), 'word/document.xml');
      const tables = template.sections.flatMap((s) => (s.kind === 'table' ? [s.table] : []));
      const blocks = tables.flatMap((table) => tableLayout(table).blocks);
      expect(count(xml, /<w:tblHeader\/>/g)).toBe(
        blocks.reduce((sum, block) => sum + block.headerRows, 0),
      );
      const cells = blocks.flatMap((block) => block.rows.flat());
      // A cell merged down repeats its column span on every row it covers, as Word writes it.
      const spanned = cells.filter((cell) => cell.colSpan > 1);
      expect(count(xml, /<w:gridSpan w:val="(?!1")\d+"\/>/g)).toBe(
        spanned.reduce((sum, cell) => sum + cell.rowSpan, 0),
      );
      const merged = cells.filter((cell) => cell.rowSpan > 1);
      expect(count(xml, /<w:vMerge w:val="restart"\/>/g)).toBe(merged.length);
      expect(count(xml, /<w:vMerge w:val="continue"\/>/g)).toBe(
        merged.reduce((sum, cell) => sum + cell.rowSpan - 1, 0),
      );
    });
  },
);

/** Text as LibreOffice reads it: one entry per non-empty line, trimmed. */
const linesOf = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

describe.skipIf(!hasLibreOffice('docx'))('the document in LibreOffice Writer', () => {
  it('reads back as the title, the headings, the prose and the table cells, in order', async () => {
    const converted = convertWith({
      bytes: await renderDocx(report),
      name: 'report.docx',
      to: 'txt:Text (encoded):UTF8',
    });
    const text =
      converted
        .get('report.txt')
        ?.toString('utf8')
        .replace(/^\uFEFF/, '') ?? '';
    const lines = linesOf(text);
    const expected = [
      `示例机关5${report.year}年度`,
      '政府信息公开工作年度报告',
      ...template2021.sections.flatMap((section) => {
        if (section.kind === 'prose') return [section.heading, report.narrative[section.id] ?? ''];
        return [
          section.heading,
          ...tableLayout(section.table).blocks.flatMap((block) =>
            block.rows.flatMap((row) =>
              row.map((cell) =>
                cell.type === 'label'
                  ? cell.text
                  : formatCellValue(readNumber(report, splitAddress(cell.cell.address))),
              ),
            ),
          ),
        ];
      }),
    ].filter((line) => line !== '');
    expect(lines).toEqual(expected);
  }, 120_000);
});
