import { htmlDocument } from './html-document.js';
import { decodeText, fileKind } from './file-kind.js';
import {
  importDocument,
  importReport,
  type ImportOptions,
  type ImportResult,
} from './import-report.js';
import { pdfDocument } from './pdf-document.js';

/** `importReport`'s options for a file: its name helps tell what it holds. */
export interface ImportFileOptions extends Omit<ImportOptions, 'kind'> {
  readonly name?: string;
}

const noReport = (message: string): ImportResult => ({ kind: 'noReport', message });

export const fileMessages = {
  doc: '这是旧版 Word 文件（.doc），无法直接读取：请在 Word 或 WPS 中“另存为” .docx 格式后再导入',
  scanned:
    '这个 PDF 没有文字层（可能是扫描件或图片），无法读取其中的文字；暂不支持文字识别，请导入含文字的 PDF、Word（.docx）文件或网页',
  pdf: 'PDF 文件无法打开：文件可能已损坏或加密',
  docx: 'Word 文件无法打开：文件可能已损坏，或不是 .docx 格式',
} as const;

async function docxHtml(bytes: Uint8Array): Promise<string> {
  const mammoth = await import('mammoth');
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  // mammoth reads a Buffer under Node and an ArrayBuffer in a browser.
  const nodeBuffer = (globalThis as unknown as { Buffer?: { from(bytes: Uint8Array): unknown } })
    .Buffer;
  const input = nodeBuffer
    ? { buffer: nodeBuffer.from(bytes) }
    : { arrayBuffer: arrayBuffer as ArrayBuffer };
  const result = await mammoth.convertToHtml(input as { arrayBuffer: ArrayBuffer });
  return result.value;
}

/**
 * Reads a published report from a file: a PDF (its text layer, by position), a Word .docx, a
 * web page or copied text. A scanned PDF and an old .doc are refused with a Chinese message.
 * @example const read = await importFile(bytes, { name: 'report.pdf' });
 */
export async function importFile(
  bytes: Uint8Array,
  options: ImportFileOptions = {},
): Promise<ImportResult> {
  const { name, ...rest } = options;
  const kind = fileKind(bytes, name);
  if (kind === 'doc') return noReport(fileMessages.doc);
  if (kind === 'pdf') {
    const read = await pdfDocument(bytes).catch(() => undefined);
    if (!read) return noReport(fileMessages.pdf);
    if ('scanned' in read) return noReport(fileMessages.scanned);
    return importDocument(read.document, rest);
  }
  if (kind === 'docx') {
    const html = await docxHtml(bytes).catch(() => undefined);
    if (html === undefined) return noReport(fileMessages.docx);
    return importDocument(htmlDocument(html), rest);
  }
  return importReport(decodeText(bytes), { ...rest, kind });
}
