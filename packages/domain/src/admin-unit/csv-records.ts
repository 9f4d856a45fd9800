import { AdminUnitDataError } from './admin-unit-data-error.js';

/** One CSV data row keyed by header name, with its 1-based line number for error messages. */
export interface CsvRecord {
  line: number;
  get(field: string): string;
}

/** Reads RFC 4180 CSV (quoted fields allowed, no quoted line breaks) whose header must be exactly `columns`. */
export function readCsvRecords(file: string, text: string, columns: readonly string[]): CsvRecord[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitCsvLine(file, 1, lines[0] ?? '');
  if (header.join(',') !== columns.join(',')) {
    throw new AdminUnitDataError(
      file,
      1,
      null,
      `tiêu đề phải là "${columns.join(',')}", nhận được "${header.join(',')}"`,
      `header must be "${columns.join(',')}", got "${header.join(',')}"`,
    );
  }
  const index = new Map(columns.map((column, i) => [column, i]));
  const records: CsvRecord[] = [];
  lines.slice(1).forEach((raw, i) => {
    const line = i + 2;
    if (raw === '') return;
    const cells = splitCsvLine(file, line, raw);
    if (cells.length !== columns.length) {
      throw new AdminUnitDataError(
        file,
        line,
        null,
        `có ${cells.length} cột, cần ${columns.length}`,
        `has ${cells.length} fields, expected ${columns.length}`,
      );
    }
    records.push({ line, get: (field) => cells[index.get(field) ?? -1] ?? '' });
  });
  return records;
}

function splitCsvLine(file: string, line: number, raw: string): string[] {
  const cells: string[] = [];
  let pos = 0;
  for (;;) {
    if (raw[pos] === '"') {
      let value = '';
      pos += 1;
      for (;;) {
        const quote = raw.indexOf('"', pos);
        if (quote < 0) throw new AdminUnitDataError(file, line, null, 'thiếu dấu " đóng', 'unterminated quoted field');
        value += raw.slice(pos, quote);
        if (raw[quote + 1] === '"') {
          value += '"';
          pos = quote + 2;
        } else {
          pos = quote + 1;
          break;
        }
      }
      cells.push(value);
    } else {
      const comma = raw.indexOf(',', pos);
      const end = comma < 0 ? raw.length : comma;
      cells.push(raw.slice(pos, end));
      pos = end;
    }
    if (pos >= raw.length) return cells;
    if (raw[pos] !== ',') throw new AdminUnitDataError(file, line, null, 'ký tự thừa sau dấu "', 'unexpected text after a quoted field');
    pos += 1;
    if (pos === raw.length) {
      cells.push('');
      return cells;
    }
  }
}
