// The package is universal (no DOM or Node types): TextDecoder is in every runtime it runs in.
declare const TextDecoder: new (
  label?: string,
  options?: { fatal?: boolean },
) => { decode(bytes: Uint8Array): string };

/** What a file holds, by its first bytes and then its name. */
export type FileKind = 'pdf' | 'docx' | 'doc' | 'html' | 'text';

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((byte, i) => bytes[i] === byte);

/** The kind of a file, by its first bytes (PDF, zip, OLE) and then its name and content. */
export function fileKind(bytes: Uint8Array, name = ''): FileKind {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]) || /\.doc$/i.test(name)) return 'doc';
  if (/\.html?$/i.test(name)) return 'html';
  if (/\.txt$/i.test(name)) return 'text';
  const head = new TextDecoder().decode(bytes.subarray(0, 4096));
  return /<(?:!doctype|html|body|table|p)[\s>]/i.test(head) ? 'html' : 'text';
}

/** A text file's content: UTF-8, or GB18030 (what Chinese Windows saves) when it is not UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
