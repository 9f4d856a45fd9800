import ExcelJS from 'exceljs';
import { FIGURE_COLUMNS } from '../import/figure-columns.js';
import { EXPORT_COLUMNS, exportCells, type ExportFigure } from './export-figure.js';

/** What the export is of, written above the table and into the workbook's properties. */
export interface ExportTitle {
  vi: string;
  en: string;
}

/** The figures as an Excel workbook: one sheet, a title, Vietnamese and English headers, a filter on the header row. */
export async function writeFiguresXlsx(figures: Iterable<ExportFigure>, title: ExportTitle): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'edu-vn';
  workbook.title = title.vi;
  const sheet = workbook.addWorksheet('Số liệu', { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.getCell('A1').value = `${title.vi} / ${title.en}`;
  sheet.getCell('A1').font = { bold: true };
  sheet.getRow(2).values = EXPORT_COLUMNS.map((key) => FIGURE_COLUMNS[key].vi);
  sheet.getRow(2).font = { bold: true };
  sheet.getRow(3).values = EXPORT_COLUMNS.map((key) => FIGURE_COLUMNS[key].en);
  sheet.getRow(3).font = { italic: true };
  for (const figure of figures) sheet.addRow(exportCells(figure));
  sheet.columns.forEach((column) => {
    column.width = 16;
  });
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: EXPORT_COLUMNS.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
