import { FIGURE_COLUMNS } from '../import/figure-columns.js';
import { EXPORT_COLUMNS, exportCells, type ExportCell, type ExportFigure } from './export-figure.js';

/** Excel reads a CSV file as UTF-8 only when it starts with a byte order mark; without it Vietnamese turns to mojibake. */
export const UTF8_BOM = '\uFEFF';

/** Text a spreadsheet would run as a formula; such cells get a leading apostrophe (OWASP's CSV injection advice). */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(cell: ExportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (RFC 4180, CRLF). */
export function csvLine(cells: readonly ExportCell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/** The figures as CSV: UTF-8 with BOM, a Vietnamese header line, numbers with a dot so programs read them alike. */
export function writeFiguresCsv(figures: Iterable<ExportFigure>): string {
  const lines = [UTF8_BOM, csvLine(EXPORT_COLUMNS.map((key) => FIGURE_COLUMNS[key].vi))];
  for (const figure of figures) lines.push(csvLine(exportCells(figure)));
  return lines.join('');
}

/** Lines are sent in pieces of about this many characters: few writes, little held. */
const CSV_PIECE = 64 * 1024;

/** The same CSV as {@link writeFiguresCsv}, written piece by piece as the figures arrive. */
export async function* streamFiguresCsv(figures: AsyncIterable<ExportFigure>): AsyncGenerator<string> {
  let piece = UTF8_BOM + csvLine(EXPORT_COLUMNS.map((key) => FIGURE_COLUMNS[key].vi));
  for await (const figure of figures) {
    piece += csvLine(exportCells(figure));
    if (piece.length >= CSV_PIECE) {
      yield piece;
      piece = '';
    }
  }
  yield piece;
}
