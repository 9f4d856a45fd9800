import { isUtf8 } from 'node:buffer';
import { cellIssue } from './import-issue.js';
import type { ImportRequest, ImportResult } from './run-import.js';

/**
 * The refusal of a CSV file holding a NUL byte, naming its line: such a file is not text, and PostgreSQL cannot store
 * the character, so it would fail the write as a server error. Null for workbooks (their XML cannot hold one), for
 * files that are not UTF-8 (the CSV reader names their encoding) and for clean files.
 */
export function refuseNulBytes({ fileName, bytes, dryRun }: Pick<ImportRequest, 'fileName' | 'bytes' | 'dryRun'>): ImportResult | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return null;
  const at = bytes.indexOf(0);
  if (at < 0 || !isUtf8(bytes)) return null;
  let line = 1;
  for (let index = 0; index < at; index += 1) if (bytes[index] === 0x0a) line += 1;
  const issue = cellIssue('error', { sheet: fileName, kind: 'file', row: line, column: null }, 'file', 'nul_character',
    'dòng này chứa ký tự NUL (mã 0), không phải văn bản; hãy lưu lại tệp với «CSV UTF-8».',
    'this line holds a NUL character (code 0), which is not text; save the file again as "CSV UTF-8".');
  return { dryRun, applied: false, issues: [issue], changes: [], summary: { rows: 0, created: 0, revised: 0, unchanged: 0, submitted: 0 } };
}
