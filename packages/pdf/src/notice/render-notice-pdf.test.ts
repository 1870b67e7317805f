import { describe, expect, it } from 'vitest';
import type { NoticeDocument } from '@nianbao/schema';
import { renderNoticePdf } from './render-notice-pdf.js';

const notice = (items: number): NoticeDocument => ({
  title: '关于2025年度政府信息公开工作年度报告检查情况的通报',
  addressee: '各有关单位：',
  blocks: [
    { kind: 'paragraph', text: '市政务公开办对所辖2家单位进行了检查。现将有关情况通报如下。' },
    { kind: 'heading', text: '一、检查发现的问题' },
    { kind: 'subhead', text: '（一）某区人民政府' },
    ...Array.from({ length: items }, (_, i) => ({
      kind: 'item' as const,
      text: `${String(i + 1)}. 依申请公开情况表中本年新收申请数与各项处理结果之和不一致（错误）`,
    })),
    { kind: 'heading', text: '二、整改要求' },
    { kind: 'paragraph', text: '请逐项整改。' },
  ],
  issuer: '市政务公开办',
  date: '2026年1月5日',
});

const pagesOf = (bytes: Uint8Array): number =>
  Buffer.from(bytes)
    .toString('latin1')
    .match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;

describe('renderNoticePdf', () => {
  it('writes a one-page PDF for a short notice and runs a long one over several pages', async () => {
    const short = await renderNoticePdf(notice(1));
    expect(Buffer.from(short.slice(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(pagesOf(short)).toBe(1);
    expect(pagesOf(await renderNoticePdf(notice(20)))).toBeGreaterThan(2);
  });
});
