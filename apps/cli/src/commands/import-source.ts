import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { fileKind } from '@nianbao/import';

export type ImportSource =
  | { ok: true; text: string; kind: 'html' | 'text' }
  | { ok: true; bytes: Uint8Array; kind: 'file' }
  | { ok: false; message: string };

const systemErrors: Readonly<Record<string, string>> = {
  ENOENT: '文件不存在',
  EACCES: '没有读取权限',
  EISDIR: '这是一个目录，不是文件',
};
const gbCharset = /charset\s*=\s*["']?\s*(gb2312|gbk|gb18030)/i;

/** Page bytes as text: UTF-8, or GB18030 when the page says so or the bytes are not UTF-8. */
function decodePage(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  if (!gbCharset.test(head)) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      // Not UTF-8: Chinese pages and text files that are not are GBK, a subset of GB18030.
    }
  }
  return new TextDecoder('gb18030').decode(bytes);
}

/** Reads a published report: PDF and Word files as bytes, `.html`/`.htm` as a page, `.txt` as copied text, others by their first character. */
export async function readImportSource(path: string, cwd: string): Promise<ImportSource> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(cwd, path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return {
      ok: false,
      message: `${path}：无法读取（${(systemErrors[code] ?? code) || String(error)}）`,
    };
  }
  const detected = fileKind(bytes, path);
  // PDF and Word files are read from their bytes (an old .doc is refused by the importer).
  if (detected === 'pdf' || detected === 'docx' || detected === 'doc')
    return { ok: true, bytes, kind: 'file' };
  const text = decodePage(bytes);
  const extension = extname(path).toLowerCase();
  const kind =
    extension === '.html' || extension === '.htm'
      ? 'html'
      : extension === '.txt'
        ? 'text'
        : /^\s*</.test(text)
          ? 'html'
          : 'text';
  return { ok: true, text, kind };
}
