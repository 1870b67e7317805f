// ZIP headers: local 0x04034b50 (time at 10), central 0x02014b50 (time at 12), end 0x06054b50.
const endSignature = 0x06054b50;
const centralSignature = 0x02014b50;
const localSignature = 0x04034b50;

/** A date as MS-DOS time and date words, read in UTC and kept within 1980–2107 as DOS can hold. */
function dosDateTime(date: Date): { time: number; day: number } {
  const year = Math.min(2107, Math.max(1980, date.getUTCFullYear()));
  const time =
    (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const day = ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return { time, day };
}

function endRecord(view: DataView): number {
  for (let at = view.byteLength - 22; at >= 0; at--) {
    if (view.getUint32(at, true) === endSignature) return at;
  }
  throw new Error('不是 ZIP 文件：找不到中央目录结尾');
}

/**
 * A copy of ZIP bytes (DOCX, XLSX) whose every entry, in the local and the central headers, is
 * dated `date` (UTC, to the even second) instead of when it was zipped; throws on bytes that are
 * not a ZIP archive.
 */
export function stampZipDates(zip: Uint8Array, date: Date): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { time, day } = dosDateTime(date);
  const end = endRecord(view);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const local = view.getUint32(at + 42, true);
    if (
      view.getUint32(at, true) !== centralSignature ||
      view.getUint32(local, true) !== localSignature
    )
      throw new Error('ZIP 文件已损坏：文件头不在中央目录所指的位置');
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, day, true);
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, day, true);
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return bytes;
}
