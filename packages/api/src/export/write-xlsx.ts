import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { FIGURE_COLUMNS } from '../import/figure-columns.js';
import { EXPORT_COLUMNS, exportCells, type ExportFigure } from './export-figure.js';

/** What the export is of, written above the table and into the workbook's properties. */
export interface ExportTitle {
  vi: string;
  en: string;
}

/**
 * The figures as an Excel workbook: one sheet, a title, Vietnamese and English headers, a filter on the header row.
 * Written with the spreadsheet library's streaming writer, each row committed as it is added, so that a large export
 * is not held as a workbook model.
 */
export async function writeFiguresXlsx(figures: Iterable<ExportFigure> | AsyncIterable<ExportFigure>, title: ExportTitle): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: false, useStyles: true });
  workbook.creator = 'edu-vn';
  workbook.title = title.vi;
  const sheet = workbook.addWorksheet('Số liệu', { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.columns = EXPORT_COLUMNS.map(() => ({ width: 16 }));
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: EXPORT_COLUMNS.length } };
  const titleRow = sheet.getRow(1);
  titleRow.getCell(1).value = `${title.vi} / ${title.en}`;
  titleRow.getCell(1).font = { bold: true };
  titleRow.commit();
  const vi = sheet.getRow(2);
  vi.values = EXPORT_COLUMNS.map((key) => FIGURE_COLUMNS[key].vi);
  vi.font = { bold: true };
  vi.commit();
  const en = sheet.getRow(3);
  en.values = EXPORT_COLUMNS.map((key) => FIGURE_COLUMNS[key].en);
  en.font = { italic: true };
  en.commit();
  for await (const figure of figures) sheet.addRow(exportCells(figure)).commit();
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}
