/** A cell of a downloadable table: numbers stay numbers (dot decimal), absent values are empty. */
export type Cell = string | number | boolean | null;

function quote(cell: Cell): string {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV with a UTF-8 byte order mark, so spreadsheet programs keep the Vietnamese letters. */
export function toCsv(columns: readonly string[], rows: ReadonlyArray<Record<string, Cell>>): string {
  const lines = [columns.map((c) => quote(c)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => quote(row[c] ?? null)).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
