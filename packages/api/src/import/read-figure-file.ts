import type { RawFigureFile } from './raw-figure-file.js';
import { readCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import { refuseOversizedXlsx } from './xlsx-size-guard.js';

/** An .xlsx file is a zip archive, which starts with "PK"; anything else is read as CSV. */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/** Reads an uploaded figure file, Excel or CSV, recognised by its content rather than trusted from its name. */
export async function readFigureFile(fileName: string, bytes: Uint8Array): Promise<RawFigureFile> {
  return isZip(bytes) ? (refuseOversizedXlsx(fileName, bytes) ?? readXlsx(fileName, bytes)) : readCsv(fileName, bytes);
}
