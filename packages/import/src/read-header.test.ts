import { describe, expect, it } from 'vitest';
import { DocumentIndex } from './document-index.js';
import { readHeader } from './read-header.js';
import { textDocument } from './text-document.js';

const headerOf = (text: string) => {
  const index = new DocumentIndex(textDocument(text));
  return readHeader(index, index.lines.length);
};

describe('readHeader', () => {
  it.each([
    ['江南市人民政府2024年度政府信息公开工作年度报告', '江南市人民政府', 2024],
    ['2023年某市政务公开工作年度报告', '某市', 2023],
    ['某区 2022 年度政府信息公开工作年度报告（更正）', '某区', 2022],
  ])('reads agency and year from the title %s', (title, agency, year) => {
    expect(headerOf(`${title}\n发布日期：2025-01-20`)).toMatchObject({
      agency,
      year,
      publishedOn: '2025-01-20',
      titleLine: 0,
    });
  });

  it('takes no title from a line that does not end as a report title', () => {
    expect(headerOf('某区2022年度工作总结').titleLine).toBeUndefined();
  });
});
