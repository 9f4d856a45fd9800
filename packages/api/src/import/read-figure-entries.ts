import type { FigureEntry } from './figure-entry.js';
import type { ImportIssue } from './import-issue.js';
import { hasValueColumn, interpretRecord, interpretRecords } from './interpret-records.js';
import type { RawFigureFile, RawSheet } from './raw-figure-file.js';
import { readCsv } from './read-csv.js';
import { readFigureFile } from './read-figure-file.js';

/** An .xlsx file is a zip archive, which starts with "PK"; anything else is read as CSV. */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/**
 * Reads a figure file straight into typed figures. A CSV file is typed row by row as it is parsed, so only the figures
 * are held, never the rows as text as well; a workbook is read whole, then typed.
 */
export async function readFigureEntries(fileName: string, bytes: Uint8Array): Promise<{ format: RawFigureFile['format']; entries: FigureEntry[]; issues: ImportIssue[] }> {
  if (isZip(bytes)) return { format: 'xlsx', ...interpretRecords(await readFigureFile(fileName, bytes)) };
  const entries: FigureEntry[] = [];
  const rowIssues: ImportIssue[] = [];
  let checked: RawSheet | null = null;
  let readable = false;
  const file = readCsv(fileName, bytes, (record, sheet) => {
    if (checked !== sheet) {
      checked = sheet;
      readable = hasValueColumn(sheet, rowIssues);
    }
    if (!readable) return;
    const entry = interpretRecord(sheet, record, rowIssues);
    if (entry) entries.push(entry);
  });
  if (file.sheets.length === 0) return { format: 'csv', entries: [], issues: file.issues };
  const sheetIssues: ImportIssue[] = [];
  for (const sheet of file.sheets) if (sheet !== checked) hasValueColumn(sheet, sheetIssues);
  return { format: 'csv', entries, issues: [...file.issues, ...rowIssues, ...sheetIssues] };
}
