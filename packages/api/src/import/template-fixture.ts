import { getPlan, INDICATORS, type Level } from '@edu-vn/domain';
import ExcelJS from 'exceljs';
import { buildTemplate, templateBytes, type TemplateFigure, type TemplateRequest } from './build-template.js';

/** The template a test district (Duyên Hải, plan 003) would download for 2024-2025. */
export function planTemplateRequest(levels: readonly Level[], figures: readonly TemplateFigure[] = []): TemplateRequest {
  const plan = getPlan('003');
  return {
    unit: { id: plan.unitCode, name: 'Huyện Duyên Hải' },
    period: plan.period,
    levels,
    indicators: INDICATORS,
    targets: plan.targets.map((target) => ({ indicator: target.indicator, level: target.level, disaggregation: target.disaggregation ?? null, wording: target.wording })),
    figures,
    generatedAt: new Date('2025-06-01T08:00:00Z'),
  };
}

/** Fills cells of a template as an officer would in Excel, by indicator code and column letter, and saves it. */
export async function fillTemplate(bytes: Uint8Array, sheetName: string, fills: Record<string, Record<string, ExcelJS.CellValue>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const rows = new Map<string, number>();
  sheet.eachRow((row, number) => {
    const code = row.getCell(1).value;
    const breakdown = row.getCell(4).value;
    if (typeof code === 'string' && !rows.has(code) && breakdown === 'Tổng số') rows.set(code, number);
  });
  for (const [code, cells] of Object.entries(fills)) {
    const row = rows.get(code);
    if (row === undefined) throw new Error(`no line for ${code}`);
    for (const [column, value] of Object.entries(cells)) sheet.getCell(`${column}${row}`).value = value;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function templateFile(levels: readonly Level[], figures: readonly TemplateFigure[] = []): Promise<Buffer> {
  return templateBytes(buildTemplate(planTemplateRequest(levels, figures)));
}

/** The row of a template line, for tests that check where an issue points. */
export async function rowOf(bytes: Uint8Array, sheetName: string, code: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  let found = 0;
  workbook.getWorksheet(sheetName)?.eachRow((row, number) => {
    if (found === 0 && row.getCell(1).value === code && row.getCell(4).value === 'Tổng số') found = number;
  });
  return found;
}
