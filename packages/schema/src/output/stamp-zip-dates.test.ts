import { describe, expect, it } from 'vitest';
import { stampZipDates } from './stamp-zip-dates.js';

/** A ZIP of stored (uncompressed) entries, each dated by the given DOS time and date words. */
function storedZip(entries: readonly { name: string; time: number; day: number }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, time, day } of entries) {
    const body = Buffer.from(name.toUpperCase());
    const local = Buffer.alloc(30 + name.length);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(body.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.write(name, 30);
    const central = Buffer.alloc(46 + name.length);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(day, 14);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    central.write(name, 46);
    locals.push(local, body);
    centrals.push(central);
    offset += local.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** Every DOS time and date word of the archive, local header then central header per entry. */
function datesOf(zip: Uint8Array): number[] {
  const data = Buffer.from(zip);
  const end = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const words: number[] = [];
  let at = data.readUInt32LE(end + 16);
  for (let i = 0; i < data.readUInt16LE(end + 10); i++) {
    const local = data.readUInt32LE(at + 42);
    words.push(data.readUInt16LE(local + 10), data.readUInt16LE(local + 12));
    words.push(data.readUInt16LE(at + 12), data.readUInt16LE(at + 14));
    at += 46 + data.readUInt16LE(at + 28);
  }
  return words;
}

const names = ['[Content_Types].xml', 'docProps/core.xml', 'word/document.xml'];
const zipped = (time: number, day: number): Uint8Array =>
  storedZip(names.map((name) => ({ name, time, day })));

describe('stampZipDates', () => {
  it('dates every local and central header by the given UTC time, to the even second', () => {
    const stamped = stampZipDates(zipped(0x1234, 0x5678), new Date('2022-01-15T13:45:31Z'));
    const time = (13 << 11) | (45 << 5) | 15;
    const day = ((2022 - 1980) << 9) | (1 << 5) | 15;
    expect(datesOf(stamped)).toEqual(Array.from({ length: 6 }, () => [time, day]).flat());
  });

  it('gives the same bytes for archives zipped at different times', () => {
    const date = new Date('2022-01-15T00:00:00Z');
    expect(stampZipDates(zipped(1, 2), date)).toEqual(stampZipDates(zipped(3, 4), date));
  });

  it('leaves the given bytes as they were', () => {
    const zip = zipped(1, 2);
    stampZipDates(zip, new Date('2022-01-15T00:00:00Z'));
    expect(datesOf(zip)).toEqual(Array.from({ length: 6 }, () => [1, 2]).flat());
  });

  it('keeps dates before 1980 within what DOS can hold', () => {
    const stamped = stampZipDates(zipped(1, 2), new Date('1970-01-01T00:00:00Z'));
    expect(datesOf(stamped)[1]).toBe((0 << 9) | (1 << 5) | 1);
  });

  it('rejects bytes that are not a ZIP archive', () => {
    expect(() => stampZipDates(new TextEncoder().encode('not a zip'), new Date())).toThrow(
      '不是 ZIP 文件',
    );
  });
});
