import { inflateSync } from 'node:zlib';

const woffSignature = 0x774f4646; // 'wOFF'
const headerSize = 44;
const woffEntrySize = 20;
const sfntEntrySize = 16;

/** Whether `bytes` are a WOFF 1.0 file (zlib-compressed TrueType/OpenType tables). */
export const isWoff = (bytes: Uint8Array): boolean =>
  bytes.length >= headerSize && Buffer.from(bytes).readUInt32BE(0) === woffSignature;

/**
 * The TrueType/OpenType file inside a WOFF 1.0 file (W3C WOFF §5–6): each table inflated and
 * laid out again with an sfnt directory, so pdfkit can embed it. Throws on a damaged file.
 */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const input = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  const flavor = input.readUInt32BE(4);
  const count = input.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = headerSize + i * woffEntrySize;
    const offset = input.readUInt32BE(at + 4);
    const compressed = input.readUInt32BE(at + 8);
    const length = input.readUInt32BE(at + 12);
    const raw = input.subarray(offset, offset + compressed);
    const data = compressed < length ? inflateSync(raw) : raw;
    if (data.length !== length) throw new Error('WOFF table length mismatch');
    return { tag: input.readUInt32BE(at), checksum: input.readUInt32BE(at + 16), data };
  });
  const power = 2 ** Math.floor(Math.log2(Math.max(1, count)));
  const directory = 12 + count * sfntEntrySize;
  const total = tables.reduce((sum, t) => sum + ((t.data.length + 3) & ~3), directory);
  const output = Buffer.alloc(total);
  output.writeUInt32BE(flavor, 0);
  output.writeUInt16BE(count, 4);
  output.writeUInt16BE(power * 16, 6);
  output.writeUInt16BE(Math.log2(power), 8);
  output.writeUInt16BE(count * 16 - power * 16, 10);
  let offset = directory;
  tables.forEach((table, i) => {
    const at = 12 + i * sfntEntrySize;
    output.writeUInt32BE(table.tag, at);
    output.writeUInt32BE(table.checksum, at + 4);
    output.writeUInt32BE(offset, at + 8);
    output.writeUInt32BE(table.data.length, at + 12);
    table.data.copy(output, offset);
    offset += (table.data.length + 3) & ~3;
  });
  return output;
}
