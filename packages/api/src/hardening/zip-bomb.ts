import { constants, crc32, deflateRawSync } from 'node:zlib';

const MIB = 1024 * 1024;

/**
 * A raw deflate stream of `mib` mebibytes of zeros, written without producing them: one mebibyte compressed with a
 * full flush (byte-aligned, referring to nothing before it) repeated, then an empty final block.
 */
function deflatedZeros(mib: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(MIB), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array.from({ length: mib }, () => block), Buffer.from([0x03, 0x00])]);
}

function crcOfZeros(mib: number): number {
  const zeros = Buffer.alloc(MIB);
  let crc = 0;
  for (let index = 0; index < mib; index += 1) crc = crc32(zeros, crc);
  return crc;
}

interface ZipEntry {
  name: string;
  data: Buffer;
  method: 0 | 8;
  crc: number;
  unpackedSize: number;
}

/** A zip archive of the given entries, with the sizes and checksums they declare (true or not). */
function zip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.unpackedSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.unpackedSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, entry.data);
    directory.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}

function stored(name: string, text: string): ZipEntry {
  const data = Buffer.from(text, 'utf8');
  return { name, data, method: 0, crc: crc32(data), unpackedSize: data.length };
}

/**
 * An .xlsx-shaped zip bomb: a few megabytes whose worksheets unpack to `sheets` × `mibPerSheet` MiB of zeros.
 * `honest` archives declare the true sizes; the others claim each worksheet is one kilobyte.
 */
export function xlsxZipBomb({ sheets, mibPerSheet, honest }: { sheets: number; mibPerSheet: number; honest: boolean }): Buffer {
  const deflated = deflatedZeros(mibPerSheet);
  const crc = honest ? crcOfZeros(mibPerSheet) : 0;
  const bombs = Array.from({ length: sheets }, (_, index): ZipEntry => ({
    name: `xl/worksheets/sheet${index + 1}.xml`,
    data: deflated,
    method: 8,
    crc,
    unpackedSize: honest ? mibPerSheet * MIB : 1024,
  }));
  return zip([
    stored('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    stored('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'),
    ...bombs,
  ]);
}
