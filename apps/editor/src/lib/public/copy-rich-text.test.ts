import { describe, expect, it } from 'vitest';
import { copyRichText, plainTextOf, type ClipboardHost } from './copy-rich-text';

class FakeItem {
  constructor(readonly parts: Record<string, Promise<Blob>>) {}
}

function fakeHost() {
  const written: FakeItem[] = [];
  const host = {
    clipboard: {
      write: (items: unknown[]) => {
        written.push(...(items as FakeItem[]));
        return Promise.resolve();
      },
    },
    ClipboardItem: FakeItem as unknown as typeof ClipboardItem,
  } satisfies ClipboardHost;
  return { host, written };
}

describe('copyRichText', () => {
  it('writes the article as text/html and its text as text/plain', async () => {
    const { host, written } = fakeHost();
    const html = '<h1>标题</h1><table><tr><th>甲</th><td>1</td></tr></table>';
    expect(await copyRichText(Promise.resolve(html), host)).toBe(true);
    const parts = written[0]?.parts ?? {};
    expect(await (await parts['text/html'])?.text()).toBe(html);
    expect(await (await parts['text/plain'])?.text()).toBe('标题\n甲\t1');
  });

  it('says so when the browser has no clipboard API', async () => {
    expect(await copyRichText(Promise.resolve('<p>x</p>'), {})).toBe(false);
    expect(await copyRichText(Promise.resolve('<p>x</p>'), { clipboard: undefined })).toBe(false);
  });

  it('fails when the article cannot be had', async () => {
    const { host } = fakeHost();
    const refusing: ClipboardHost = {
      ...host,
      clipboard: {
        write: async (items) => {
          await (items[0] as unknown as FakeItem).parts['text/html'];
        },
      },
    };
    await expect(copyRichText(Promise.reject(new Error('不能导出')), refusing)).rejects.toThrow(
      '不能导出',
    );
  });
});

describe('plainTextOf', () => {
  it('keeps paragraphs on their own lines and decodes entities', () => {
    expect(plainTextOf('<p>一 &amp; 二</p><p>三&lt;四&gt;</p><style>p{}</style>')).toBe(
      '一 & 二\n三<四>',
    );
  });
});
