import {
  levelLabel,
  LEVEL_LABELS,
  LEVELS,
  OBSERVATION_STATUS_LABELS,
  parsePeriod,
  periodLabel,
  type Disaggregation,
  type Indicator,
  type Level,
  type ObservationStatus,
} from '@edu-vn/domain';
import ExcelJS from 'exceljs';
import { disaggregationLabel } from './disaggregation-label.js';
import { FIGURE_COLUMNS } from './figure-columns.js';
import {
  BANNER_ROW,
  FIRST_DATA_ROW,
  HEADER_ROW,
  ILLUSTRATIVE_BANNER,
  ILLUSTRATIVE_MARK,
  INPUT_COLUMNS,
  META_SHEET,
  STATUS_CHOICES,
  TEMPLATE_COLUMNS,
  TEMPLATE_VERSION,
} from './figure-sheet-layout.js';
import { MEASURE_LABELS } from './measure-label.js';

/** A target of the district for the template's period, as its plan words it. */
export interface TemplateTarget {
  indicator: string;
  level: Level;
  disaggregation: Disaggregation | null;
  wording: string;
}

/** A figure already entered, shown in the template so that the file can be edited and imported again. */
export interface TemplateFigure {
  indicator: string;
  level: Level;
  disaggregation: Disaggregation | null;
  value: number;
  numerator: number | null;
  denominator: number | null;
  source: string;
  status: ObservationStatus;
  version: number;
  /** Generated for demonstration, not reported: the sheet marks it so it is not taken for a real figure. */
  illustrative?: boolean;
}

export interface TemplateRequest {
  unit: { id: string; name: string };
  period: string;
  /** One sheet per level, in this order. */
  levels: readonly Level[];
  indicators: readonly Indicator[];
  targets: readonly TemplateTarget[];
  figures?: readonly TemplateFigure[];
  generatedAt: Date;
}

const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
const READ_ONLY_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const COLUMN_WIDTHS: Partial<Record<(typeof TEMPLATE_COLUMNS)[number], number>> = {
  indicator: 30,
  indicatorName: 50,
  level: 16,
  breakdown: 18,
  measure: 14,
  target: 28,
  value: 12,
  numerator: 12,
  denominator: 12,
  source: 30,
  status: 14,
  reason: 30,
  version: 10,
  illustrative: 30,
};

/** Excel forbids these in sheet names and caps them at 31 characters. */
function sheetName(level: Level): string {
  return LEVEL_LABELS[level].viShort.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

function breakdownKey(indicator: string, level: Level, disaggregation: Disaggregation | null): string {
  return JSON.stringify([indicator, level, disaggregation?.by ?? null, disaggregation === null ? null : String(disaggregation.value)]);
}

interface TemplateLine {
  indicator: Indicator;
  level: Level;
  disaggregation: Disaggregation | null;
  targets: string[];
  figure: TemplateFigure | undefined;
}

/** The lines of one level's sheet: every indicator reported at that level, plus a line per breakdown a target or figure names. */
function linesFor(level: Level, request: TemplateRequest): TemplateLine[] {
  const targetsByKey = new Map<string, string[]>();
  for (const target of request.targets) {
    const key = breakdownKey(target.indicator, target.level, target.disaggregation);
    targetsByKey.set(key, [...(targetsByKey.get(key) ?? []), target.wording]);
  }
  const figuresByKey = new Map((request.figures ?? []).map((figure) => [breakdownKey(figure.indicator, figure.level, figure.disaggregation), figure]));
  const lines: TemplateLine[] = [];
  for (const indicator of request.indicators) {
    if (!indicator.levels.includes(level)) continue;
    const breakdowns = new Map<string, Disaggregation | null>([[breakdownKey(indicator.code, level, null), null]]);
    for (const item of [...request.targets, ...(request.figures ?? [])]) {
      if (item.indicator === indicator.code && item.level === level && item.disaggregation !== null) {
        breakdowns.set(breakdownKey(indicator.code, level, item.disaggregation), item.disaggregation);
      }
    }
    for (const [key, disaggregation] of breakdowns) {
      lines.push({ indicator, level, disaggregation, targets: targetsByKey.get(key) ?? [], figure: figuresByKey.get(key) });
    }
  }
  return lines;
}

/** What Excel accepts in the value cell, from the indicator's unit; the importer applies the domain rules again. */
function valueValidation(indicator: Indicator): ExcelJS.DataValidation {
  const base = { allowBlank: true, showErrorMessage: true, errorStyle: 'stop' as const, errorTitle: 'Giá trị không hợp lệ / Invalid value' };
  switch (indicator.unit) {
    case 'percent':
      return { ...base, type: 'decimal', operator: 'between', formulae: [0, 100], error: 'Tỷ lệ phải từ 0 đến 100. / A rate must be between 0 and 100.' };
    case 'percentage_points':
      return { ...base, type: 'decimal', operator: 'between', formulae: [-100, 100], error: 'Mức thay đổi phải từ -100 đến 100. / A change must be between -100 and 100.' };
    case 'count':
      return { ...base, type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], error: 'Số lượng phải là số nguyên không âm. / A count must be a whole number, not negative.' };
    case 'ordinal': {
      const max = indicator.ordinalMax ?? 5;
      return { ...base, type: 'whole', operator: 'between', formulae: [1, max], error: `Mức độ phải là số nguyên từ 1 đến ${max}. / A level must be a whole number from 1 to ${max}.` };
    }
    case 'ratio':
    case 'money':
      return { ...base, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], error: 'Giá trị không được âm. / The value must not be negative.' };
  }
}

const COUNT_VALIDATION: ExcelJS.DataValidation = {
  type: 'whole',
  operator: 'greaterThanOrEqual',
  formulae: [0],
  allowBlank: true,
  showErrorMessage: true,
  errorTitle: 'Số không hợp lệ / Invalid number',
  error: 'Tử số và mẫu số là số nguyên không âm. / Numerator and denominator are whole numbers, not negative.',
};

function listValidation(choices: readonly string[], error: string): ExcelJS.DataValidation {
  return { type: 'list', allowBlank: true, formulae: [`"${choices.join(',')}"`], showErrorMessage: true, errorTitle: 'Giá trị không có trong danh sách / Not in the list', error };
}

const LEVEL_CHOICES = LEVELS.map((level) => LEVEL_LABELS[level].vi);
const STATUS_LIST = [STATUS_CHOICES.draft, STATUS_CHOICES.submit];

function addLevelSheet(workbook: ExcelJS.Workbook, level: Level, request: TemplateRequest, periodText: { vi: string; en: string }): string {
  const name = sheetName(level);
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_ROW + 1 }] });
  sheet.columns = TEMPLATE_COLUMNS.map((key) => ({ key, width: COLUMN_WIDTHS[key] ?? 14 }));

  sheet.getCell('A1').value = `Biểu nhập số liệu — ${request.unit.name} — ${periodText.vi} — ${levelLabel(level)}`;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  sheet.getCell('A2').value =
    'Điền các ô màu vàng; chọn «Gửi duyệt» ở cột Trạng thái để gửi Sở. / Fill in the yellow cells; choose «Gửi duyệt» in the Status column to send a figure for approval. ' +
    `(${request.unit.name}, ${periodText.en}, ${levelLabel(level, 'en')})`;
  sheet.getCell('A2').font = { italic: true, color: { argb: 'FF555555' } };
  const lines = linesFor(level, request);
  if (lines.some((line) => line.figure?.illustrative === true)) {
    sheet.getCell(`A${BANNER_ROW}`).value = ILLUSTRATIVE_BANNER;
    sheet.getCell(`A${BANNER_ROW}`).font = { bold: true, color: { argb: 'FFB00020' } };
  }
  sheet.getRow(HEADER_ROW).values = TEMPLATE_COLUMNS.map((key) => FIGURE_COLUMNS[key].vi);
  sheet.getRow(HEADER_ROW).font = { bold: true };
  sheet.getRow(HEADER_ROW + 1).values = TEMPLATE_COLUMNS.map((key) => FIGURE_COLUMNS[key].en);
  sheet.getRow(HEADER_ROW + 1).font = { italic: true, color: { argb: 'FF555555' } };

  const valueColumn = TEMPLATE_COLUMNS.indexOf('value') + 1;
  const numeratorColumn = TEMPLATE_COLUMNS.indexOf('numerator') + 1;
  const denominatorColumn = TEMPLATE_COLUMNS.indexOf('denominator') + 1;
  const levelColumn = TEMPLATE_COLUMNS.indexOf('level') + 1;
  const statusColumn = TEMPLATE_COLUMNS.indexOf('status') + 1;
  const illustrativeColumn = TEMPLATE_COLUMNS.indexOf('illustrative') + 1;

  lines.forEach((line, index) => {
    const row = sheet.getRow(FIRST_DATA_ROW + index);
    const figure = line.figure;
    row.values = {
      indicator: line.indicator.code,
      indicatorName: line.indicator.nameVi,
      level: LEVEL_LABELS[line.level].vi,
      breakdown: disaggregationLabel(line.disaggregation),
      measure: MEASURE_LABELS[line.indicator.unit].vi,
      target: line.targets.join('; '),
      value: figure?.value ?? null,
      numerator: figure?.numerator ?? null,
      denominator: figure?.denominator ?? null,
      source: figure?.source ?? null,
      status: figure === undefined ? null : figure.status === 'draft' ? STATUS_CHOICES.draft : OBSERVATION_STATUS_LABELS[figure.status].vi,
      reason: null,
      version: figure?.version ?? null,
      illustrative: figure?.illustrative === true ? ILLUSTRATIVE_MARK : null,
    };
    TEMPLATE_COLUMNS.forEach((key, column) => {
      row.getCell(column + 1).fill = INPUT_COLUMNS.has(key) ? INPUT_FILL : READ_ONLY_FILL;
    });
    row.getCell(valueColumn).dataValidation = valueValidation(line.indicator);
    row.getCell(numeratorColumn).dataValidation = COUNT_VALIDATION;
    row.getCell(denominatorColumn).dataValidation = COUNT_VALIDATION;
    row.getCell(levelColumn).dataValidation = listValidation(LEVEL_CHOICES, 'Chọn một cấp học trong danh sách. / Choose a level from the list.');
    row.getCell(statusColumn).dataValidation = listValidation(STATUS_LIST, 'Chọn «Bản nháp» hoặc «Gửi duyệt». / Choose «Bản nháp» (draft) or «Gửi duyệt» (submit).');
    if (figure?.illustrative === true) row.getCell(illustrativeColumn).font = { bold: true, color: { argb: 'FFB00020' } };
  });
  sheet.getColumn(TEMPLATE_COLUMNS.indexOf('version') + 1).hidden = true;
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: TEMPLATE_COLUMNS.length } };
  return name;
}

/**
 * Builds the data-entry workbook for a district, period and levels: one sheet per level with Vietnamese (and English)
 * headers, every indicator of the level pre-filled with the district's targets and any figures already entered (those
 * generated for demonstration marked, with a banner on their sheet), input checks on the cells, and a hidden sheet
 * saying what the file is for so the import can check it.
 */
export function buildTemplate(request: TemplateRequest): ExcelJS.Workbook {
  const period = parsePeriod(request.period);
  const periodText = { vi: periodLabel(period, 'vi'), en: periodLabel(period, 'en') };
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'edu-vn';
  workbook.created = request.generatedAt;
  const sheets = request.levels.map((level) => [addLevelSheet(workbook, level, request, periodText), level] as const);

  const meta = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  meta.addRows([
    ['template_version', TEMPLATE_VERSION],
    ['unit', request.unit.id],
    ['unit_name', request.unit.name],
    ['period', request.period],
    ['generated_at', request.generatedAt.toISOString()],
    ...sheets.map(([name, level]) => ['sheet', name, level]),
  ]);
  return workbook;
}

/** The workbook as the bytes of an .xlsx file. */
export async function templateBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

