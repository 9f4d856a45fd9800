import { columnLetter, columnOfHeader, type FigureColumnKey } from './figure-columns.js';

/** How many rows from the top may hold the title, hints and headers. */
export const HEADER_SEARCH_ROWS = 10;

/** Where the headers are: the letters of the known columns and the first row of data after them. */
export interface HeaderLayout {
  columns: Partial<Record<FigureColumnKey, string>>;
  /** Position (1-based) of each known column. */
  positions: Partial<Record<FigureColumnKey, number>>;
  firstDataRow: number;
}

function columnsOf(cells: readonly string[]): Map<FigureColumnKey, number> {
  const found = new Map<FigureColumnKey, number>();
  cells.forEach((cell, index) => {
    const key = columnOfHeader(cell);
    if (key !== undefined && !found.has(key)) found.set(key, index + 1);
  });
  return found;
}

/**
 * Finds the header row: the first of the top rows that names the indicator column and at least one other. A second
 * header row right after it (the template's English headers) is skipped too.
 */
export function findHeader(rows: readonly (readonly string[])[]): HeaderLayout | null {
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index += 1) {
    const found = columnsOf(rows[index] ?? []);
    if (!found.has('indicator') || found.size < 2) continue;
    const next = columnsOf(rows[index + 1] ?? []);
    const firstDataRow = next.has('indicator') && next.size >= 2 ? index + 3 : index + 2;
    const positions = Object.fromEntries(found) as Partial<Record<FigureColumnKey, number>>;
    const columns = Object.fromEntries([...found].map(([key, position]) => [key, columnLetter(position)])) as Partial<Record<FigureColumnKey, string>>;
    return { columns, positions, firstDataRow };
  }
  return null;
}
