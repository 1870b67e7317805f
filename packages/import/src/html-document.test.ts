import { describe, expect, it } from 'vitest';
import { htmlDocument } from './html-document.js';

describe('htmlDocument', () => {
  it('reads Word cells made of <p><span>, &nbsp; and <o:p> as one cell each', () => {
    const { lines } = htmlDocument(
      `<table><tr><td><p class=MsoNormal><span lang=EN-US>1.</span><span>属于</span></p><p><span>国家秘密<o:p></o:p></span></p></td>` +
        `<td><p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p></td><td>1,234</td></tr></table>`,
    );
    expect(lines).toEqual([{ cells: ['1.属于 国家秘密', '', '1,234'], isRow: true }]);
  });

  it('closes cells and rows the page left open, and skips scripts, styles, comments and navigation', () => {
    const { lines } = htmlDocument(
      `<nav>首页</nav><!-- <p>注释</p> --><script>document.write("<p>x</p>")</script><style>p{}</style>` +
        `<p>一、总体情况<table><tr><td>a<td>b<tr><td>c</table><p>无。`,
    );
    expect(lines).toEqual([
      { cells: ['一、总体情况'], isRow: false },
      { cells: ['a', 'b'], isRow: true },
      { cells: ['c'], isRow: true },
      { cells: ['无。'], isRow: false },
    ]);
  });

  it('reads the title and <meta> tags, attributes quoted or not', () => {
    const { meta } = htmlDocument(
      `<head><title>某局2022年度政府信息公开工作年度报告 &amp; 其他</title><meta name=PubDate content="2023-01-20 10:00"><META NAME='ArticleTitle' CONTENT='x > y'></head>`,
    );
    expect(meta).toEqual({
      title: '某局2022年度政府信息公开工作年度报告 & 其他',
      pubdate: '2023-01-20 10:00',
      articletitle: 'x > y',
    });
  });

  it('keeps a lone < and decodes numeric entities', () => {
    const { lines } = htmlDocument('<p>a < b &#20013;&#x6587;</p>');
    expect(lines).toEqual([{ cells: ['a < b 中文'], isRow: false }]);
  });
});
