import { inflateRawSync } from 'node:zlib';
import { cellIssue, type ImportIssue } from './import-issue.js';
import type { RawFigureFile } from './raw-figure-file.js';

/**
 * What an uploaded workbook may hold once unpacked. A district's template unpacks to a few megabytes; the spreadsheet
 * library holds the unpacked workbook in memory, so a "zip bomb" (kilobytes inflating to gigabytes) must stop here.
 */
export const XLSX_LIMITS = { maxUnpackedBytes: 100 * 1024 * 1024, maxEntries: 2_000 } as const;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  unpackedSize: number;
  localOffset: number;
}

class Refusal extends Error {
  constructor(
    readonly vi: string,
    readonly en: string,
    readonly code = 'xlsx_too_large',
  ) {
    super(en);
  }
}

const unreadable = () =>
  new Refusal('không đọc được tệp Excel (.xlsx): mục lục của tệp nén bị hỏng.', 'the file cannot be read as an Excel workbook (.xlsx): its zip directory is damaged.', 'unreadable_file');

/** The central directory at the end of the archive: names and sizes of every entry, read without unpacking anything. */
function readDirectory(bytes: Buffer): Entry[] {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= earliest; at -= 1) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw unreadable();
  const count = bytes.readUInt16LE(end + 10);
  const offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    throw new Refusal('tệp Excel dùng định dạng ZIP64 dành cho tệp khổng lồ; biểu mẫu không bao giờ cần.', 'the Excel file uses ZIP64, meant for huge archives; a template never needs it.');
  }
  if (count > XLSX_LIMITS.maxEntries) {
    throw new Refusal(`tệp Excel chứa ${count} mục nén, tối đa ${XLSX_LIMITS.maxEntries}.`, `the Excel file holds ${count} zip entries, at most ${XLSX_LIMITS.maxEntries}.`);
  }
  const entries: Entry[] = [];
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) throw unreadable();
    const nameLength = bytes.readUInt16LE(at + 28);
    entries.push({
      name: bytes.toString('utf8', at + 46, Math.min(bytes.length, at + 46 + nameLength)),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      unpackedSize: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/** Unpacks an entry with its declared size as a hard cap, so an archive that lies about sizes is caught at the cap. */
function checkDeclaredSize(bytes: Buffer, entry: Entry): void {
  if (entry.method === STORED && entry.compressedSize === entry.unpackedSize) return;
  if (entry.method !== DEFLATED) {
    throw new Refusal(`mục «${entry.name}» của tệp Excel dùng kiểu nén ${entry.method} không được hỗ trợ.`, `entry "${entry.name}" of the Excel file uses unsupported compression method ${entry.method}.`);
  }
  const local = entry.localOffset;
  if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_HEADER) throw unreadable();
  const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  if (start + entry.compressedSize > bytes.length) throw unreadable();
  try {
    inflateRawSync(bytes.subarray(start, start + entry.compressedSize), { maxOutputLength: Math.max(1, entry.unpackedSize) });
  } catch {
    throw new Refusal(
      `mục «${entry.name}» của tệp Excel bung ra lớn hơn kích thước khai báo (${entry.unpackedSize} byte) hoặc bị hỏng.`,
      `entry "${entry.name}" of the Excel file unpacks to more than its declared ${entry.unpackedSize} bytes, or is damaged.`,
      'unreadable_file',
    );
  }
}

/** Refuses an archive whose entries unpack to more than the limit, by their declared sizes and by unpacking under that cap. */
function assertUnpackedSize(bytes: Buffer): void {
  const entries = readDirectory(bytes);
  const total = entries.reduce((sum, entry) => sum + entry.unpackedSize, 0);
  if (total > XLSX_LIMITS.maxUnpackedBytes) {
    const mb = (value: number) => Math.round(value / 1024 / 1024);
    throw new Refusal(
      `tệp Excel bung ra ${mb(total)} MB, tối đa ${mb(XLSX_LIMITS.maxUnpackedBytes)} MB; có thể là «bom nén» (zip bomb).`,
      `the Excel file unpacks to ${mb(total)} MB, at most ${mb(XLSX_LIMITS.maxUnpackedBytes)} MB; it may be a zip bomb.`,
    );
  }
  for (const entry of entries) checkDeclaredSize(bytes, entry);
}

/**
 * The refusal of a workbook too large once unpacked (or whose zip directory lies or is damaged), as the file an
 * import reads; null when the workbook may be handed to the spreadsheet library.
 */
export function refuseOversizedXlsx(fileName: string, bytes: Uint8Array): RawFigureFile | null {
  try {
    assertUnpackedSize(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return null;
  } catch (caught) {
    if (!(caught instanceof Refusal) && !(caught instanceof RangeError)) throw caught;
    const refusal = caught instanceof Refusal ? caught : unreadable();
    const issue: ImportIssue = cellIssue('error', { sheet: fileName, kind: 'file', row: null, column: null }, 'file', refusal.code, refusal.vi, refusal.en);
    return { fileName, format: 'xlsx', templateVersion: null, sheets: [], issues: [issue] };
  }
}
