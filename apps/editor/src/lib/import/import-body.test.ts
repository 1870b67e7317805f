import { describe, expect, it } from 'vitest';
import { fileBody, toBase64 } from './import-body';

describe('the body of an uploaded file', () => {
  it('sends a PDF as base64, known by its first bytes whatever its name', async () => {
    const file = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])], 'report');
    expect(await fileBody(file)).toEqual({ content: 'JVBERi0=', kind: 'pdf', name: 'report' });
  });

  it('sends a .docx as base64 and a page as its text', async () => {
    const docx = new File([new Uint8Array([0x50, 0x4b, 3, 4])], '年报.docx');
    expect((await fileBody(docx)).kind).toBe('docx');
    const page = new File(['<p>一、总体情况</p>'], '年报.html');
    expect(await fileBody(page)).toEqual({
      content: '<p>一、总体情况</p>',
      kind: 'html',
      name: '年报.html',
    });
  });

  it('encodes large files in chunks', () => {
    const bytes = new Uint8Array(100_000).fill(65);
    expect(atob(toBase64(bytes))).toHaveLength(100_000);
  });
});
