import { tableLayout, template2021 } from '@nianbao/schema';
import { generateReport } from '@nianbao/schema/testing';
import { describe, expect, it } from 'vitest';
import { renderHtml, renderHtmlArticle } from './render-html.js';

const report = generateReport(7);

describe('renderHtml', () => {
  it('prints the official title, 发布日期 and the six headings in order', () => {
    const html = renderHtml(report);
    expect(html).toContain(`<title>示例机关7${report.year}年度政府信息公开工作年度报告</title>`);
    expect(html).toContain(`发布日期：${report.publishedOn ?? ''}`);
    const headings = [...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((match) => match[1]);
    expect(headings).toEqual(template2021.sections.map((section) => section.heading));
  });

  it('lets the title break only after the agency or after the year, as unbreakable pieces', () => {
    const h1 = /<h1[^>]*>(.*?)<\/h1>/.exec(renderHtmlArticle(report))?.[1] ?? '';
    const pieces = [...h1.matchAll(/<span style="display:inline-block">([^<]*)<\/span>/g)];
    expect(pieces.map((piece) => piece[1])).toEqual([
      '示例机关7',
      `${report.year}年度`,
      '政府信息公开工作年度报告',
    ]);
    expect(h1.replace(/<[^>]*>/g, '')).toBe(`示例机关7${report.year}年度政府信息公开工作年度报告`);
  });

  it('has no script, no style element and no class: inline styles only', () => {
    const html = renderHtml(report);
    expect(html).not.toMatch(/<script|<style|class=|<link/i);
    expect(html).toMatch(/<table style="/);
  });

  it('escapes every text it prints', () => {
    const hostile = {
      ...report,
      agency: { name: '<b>"某局"</b>' },
      narrative: { ...report.narrative, overview: '<script>alert(1)</script>\n& 其他' },
    };
    const html = renderHtmlArticle(hostile);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<p style="text-indent:2em;margin:0;text-align:justify">&amp; 其他</p>');
  });

  it('gives each table the layout’s rows and spans, labels verbatim', () => {
    const section = template2021.sections.find((s) => s.kind === 'table');
    if (section?.kind !== 'table') throw new Error('template has no table');
    const layout = tableLayout(section.table);
    const html = renderHtmlArticle(report);
    const first = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
    const rows = first.split('<tr>').slice(1);
    const printed = layout.blocks.flatMap((block) => block.rows);
    expect(rows).toHaveLength(printed.length);
    rows.forEach((row, i) => {
      const spans = [
        ...row.matchAll(/<t[hd](?: scope="\w+")?(?: rowspan="(\d+)")?(?: colspan="(\d+)")?/g),
      ].map((match) => [Number(match[1] ?? 1), Number(match[2] ?? 1)]);
      expect(spans).toEqual((printed[i] ?? []).map((cell) => [cell.rowSpan, cell.colSpan]));
    });
    expect(first).toContain('>第二十条第（一）项</th>');
  });

  it('prints an empty prose section as the template’s empty text', () => {
    const html = renderHtmlArticle({ ...report, narrative: { ...report.narrative, other: ' ' } });
    expect(html).toContain(
      '>六、其他需要报告的事项</h2>\n<p style="text-indent:2em;margin:0;text-align:justify">无。</p>',
    );
  });
});
