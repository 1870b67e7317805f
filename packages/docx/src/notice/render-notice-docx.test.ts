import { afterEach, describe, expect, it, vi } from 'vitest';
import { convertWith, hasLibreOffice } from '../../../../tooling/repo-checks/src/libre-office.js';
import type { NoticeDocument } from '@nianbao/schema';
import { renderNoticeDocx } from './render-notice-docx.js';

const notice: NoticeDocument = {
  title: '关于2025年度政府信息公开工作年度报告检查情况的通报',
  addressee: '各有关单位：',
  blocks: [
    { kind: 'paragraph', text: '市政务公开办对所辖2家单位进行了检查。现将有关情况通报如下。' },
    { kind: 'heading', text: '一、检查发现的问题' },
    { kind: 'subhead', text: '（一）某区人民政府' },
    { kind: 'item', text: '1. 未报送2025年度报告' },
    { kind: 'heading', text: '二、整改要求' },
    { kind: 'paragraph', text: '请逐项整改。' },
  ],
  issuer: '市政务公开办',
  date: '2026年1月5日',
};

describe('renderNoticeDocx', () => {
  it('writes a Word package (a zip archive)', async () => {
    const bytes = await renderNoticeDocx(notice);
    // A .docx is a zip: it starts with the local file header PK\x03\x04.
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 3, 4]);
    expect(bytes.length).toBeGreaterThan(3000);
  });
});

describe('renderNoticeDocx bytes', () => {
  afterEach(() => vi.useRealTimers());

  it('are the same for the same 通报 written at different times', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-05T08:00:00Z'));
    const first = await renderNoticeDocx(notice);
    vi.setSystemTime(new Date('2026-02-11T17:31:07Z'));
    expect(await renderNoticeDocx(notice)).toEqual(first);
  });

  it('differ for a 通报 dated another day', async () => {
    const other = { ...notice, date: '2026年1月6日' };
    expect(await renderNoticeDocx(other)).not.toEqual(await renderNoticeDocx(notice));
  });
});

describe.skipIf(!hasLibreOffice('docx'))('the notice in LibreOffice Writer', () => {
  it('reads back as title, 主送, body blocks in order and the 落款', async () => {
    const converted = convertWith({
      bytes: await renderNoticeDocx(notice),
      name: 'notice.docx',
      to: 'txt:Text (encoded):UTF8',
    });
    const text =
      converted
        .get('notice.txt')
        ?.toString('utf8')
        .replace(/^\uFEFF/, '') ?? '';
    const lines = text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
    expect(lines).toEqual([
      notice.title,
      notice.addressee,
      ...notice.blocks.map((block) => block.text),
      notice.issuer,
      notice.date,
    ]);
  });
});
