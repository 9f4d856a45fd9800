import type { FigureColumnKey } from './figure-columns.js';
import type { ImportIssue } from './import-issue.js';

/** A cell as read, before it means anything: its text, its number when the file stored one, and its column letter. */
export interface RawCell {
  text: string;
  number: number | null;
  column: string;
}

/** One data row of a sheet or CSV file, by the columns the importer knows. */
export interface RawRecord {
  row: number;
  cells: Partial<Record<FigureColumnKey, RawCell>>;
}

/** What a sheet says for all its rows (from the template's hidden metadata). */
export interface SheetDefaults {
  unit?: string;
  period?: string;
  level?: string;
}

export interface RawSheet {
  name: string;
  kind: 'sheet' | 'file';
  /** Letters of the columns the header row names. */
  columns: Partial<Record<FigureColumnKey, string>>;
  defaults: SheetDefaults;
  records: RawRecord[];
}

/** A figure file as read: its sheets and what was wrong with its shape. */
export interface RawFigureFile {
  fileName: string;
  format: 'xlsx' | 'csv';
  /** The template version of a workbook made by the platform; null for other files. */
  templateVersion: string | null;
  sheets: RawSheet[];
  issues: ImportIssue[];
}
