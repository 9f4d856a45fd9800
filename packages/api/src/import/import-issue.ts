import type { ValidationIssue } from '@edu-vn/domain';
import { FIGURE_COLUMNS, type FigureColumnKey } from './figure-columns.js';

/** Where in a file a value came from: a sheet of a workbook or a CSV file, a row (1-based as shown) and a column letter. */
export interface CellLocation {
  /** The sheet's name, or the CSV file's name. */
  sheet: string;
  kind: 'sheet' | 'file';
  row: number | null;
  column: string | null;
}

/** A problem found in an imported file; errors stop the import, warnings ask the person to look again. */
export interface ImportIssue extends CellLocation {
  severity: 'error' | 'warning';
  /** The column's field, e.g. "numerator", or "file" for the file as a whole. */
  field: string;
  /** The rule broken, e.g. "rate_out_of_range": stable for programs, explained in the messages. */
  code: string;
  messageVi: string;
  messageEn: string;
  /** The same message without the location, for callers that point at the field another way (the API). */
  detailVi: string;
  detailEn: string;
}

function where(location: CellLocation): { vi: string; en: string } {
  const vi = [location.kind === 'sheet' ? `Trang «${location.sheet}»` : `Tệp «${location.sheet}»`];
  const en = [location.kind === 'sheet' ? `Sheet "${location.sheet}"` : `File "${location.sheet}"`];
  if (location.row !== null) {
    vi.push(`dòng ${location.row}`);
    en.push(`row ${location.row}`);
  }
  if (location.column !== null) {
    vi.push(`cột ${location.column}`);
    en.push(`column ${location.column}`);
  }
  return { vi: vi.join(', '), en: en.join(', ') };
}

/** An issue of the importer's own, about one column: "Trang «Tiểu học», dòng 12, cột G: «Giá trị»: …". */
export function cellIssue(
  severity: ImportIssue['severity'],
  location: CellLocation,
  column: FigureColumnKey | 'file',
  code: string,
  messageVi: string,
  messageEn: string,
): ImportIssue {
  const at = where(location);
  const label = column === 'file' ? null : FIGURE_COLUMNS[column];
  const detailVi = label ? `«${label.vi}»: ${messageVi}` : messageVi;
  const detailEn = label ? `"${label.en}": ${messageEn}` : messageEn;
  return { ...location, severity, field: column, code, messageVi: `${at.vi}: ${detailVi}`, messageEn: `${at.en}: ${detailEn}`, detailVi, detailEn };
}

/** A domain rule's issue placed in the file; the domain message already names the field. */
export function locateIssue(location: CellLocation, issue: ValidationIssue): ImportIssue {
  const at = where(location);
  return {
    ...location,
    severity: issue.severity,
    field: issue.field,
    code: issue.code,
    messageVi: `${at.vi}: ${issue.messageVi}`,
    messageEn: `${at.en}: ${issue.messageEn}`,
    detailVi: issue.messageVi,
    detailEn: issue.messageEn,
  };
}

export function hasErrors(issues: readonly ImportIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}
