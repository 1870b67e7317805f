import { describe, expect, it } from 'vitest';
import { contentDisposition } from './content-disposition.js';

describe('contentDisposition', () => {
  it('offers the Chinese name as UTF-8 and an ASCII fallback', () => {
    const header = contentDisposition({
      fileName: '江南市人民政府2022年度政府信息公开工作年度报告（更正）.pdf',
      fallback: 'report-2022-correction.pdf',
    });
    expect(header).toMatch(/^inline; filename="report-2022-correction\.pdf"; filename\*=UTF-8''/);
    const encoded = header.split("UTF-8''")[1] ?? '';
    expect(encoded).toMatch(/^[\x21-\x7e]+$/);
    expect(decodeURIComponent(encoded)).toBe(
      '江南市人民政府2022年度政府信息公开工作年度报告（更正）.pdf',
    );
  });

  it('keeps quotes and non-ASCII out of the fallback', () => {
    expect(contentDisposition({ fileName: 'a', fallback: '报"告.pdf' })).toContain(
      'filename="___.pdf"',
    );
  });
});
