import { inflateRawSync } from 'node:zlib';

/** One file of a ZIP archive (stored or deflated), found through the central directory. */
export function readZipEntry(zip: Uint8Array, name: string): string {
  const data = Buffer.from(zip);
  const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = data.readUInt32LE(end + 16);
  for (let i = 0; i < data.readUInt16LE(end + 10); i++) {
    const method = data.readUInt16LE(at + 10);
    const size = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const extra = data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    const local = data.readUInt32LE(at + 42);
    if (data.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
      const body = data.subarray(start, start + size);
      return (method === 0 ? body : inflateRawSync(body)).toString('utf8');
    }
    at += 46 + nameLength + extra;
  }
  throw new Error(`no ${name} in the archive`);
}
