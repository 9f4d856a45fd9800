import { normalizeVi } from '@edu-vn/domain';

/** A column of the data-entry sheets and of the CSV files: its Vietnamese and English headers. */
export interface FigureColumn {
  vi: string;
  en: string;
}

/**
 * The columns a figure file may have, shared by the template, the importer and the exports so that an export can be
 * imported again. Headers follow the domain's field names ("Giá trị", "Tử số") so messages and sheets agree.
 */
export const FIGURE_COLUMNS = {
  unit: { vi: 'Mã đơn vị', en: 'Unit code' },
  unitName: { vi: 'Tên đơn vị', en: 'Unit name' },
  period: { vi: 'Kỳ báo cáo', en: 'Period' },
  level: { vi: 'Cấp học', en: 'Level' },
  indicator: { vi: 'Mã chỉ số', en: 'Indicator code' },
  indicatorName: { vi: 'Chỉ số', en: 'Indicator name' },
  breakdown: { vi: 'Phân tổ', en: 'Breakdown' },
  measure: { vi: 'Đơn vị tính', en: 'Unit of measure' },
  target: { vi: 'Chỉ tiêu', en: 'Target' },
  value: { vi: 'Giá trị', en: 'Value' },
  numerator: { vi: 'Tử số', en: 'Numerator' },
  denominator: { vi: 'Mẫu số', en: 'Denominator' },
  source: { vi: 'Nguồn số liệu', en: 'Source' },
  status: { vi: 'Trạng thái', en: 'Status' },
  reason: { vi: 'Lý do điều chỉnh', en: 'Reason for correction' },
  version: { vi: 'Phiên bản', en: 'Version' },
  revision: { vi: 'Lần điều chỉnh', en: 'Revision' },
  illustrative: { vi: 'Số liệu minh họa', en: 'Illustrative' },
  publishedAt: { vi: 'Công bố lúc', en: 'Published at' },
  updatedAt: { vi: 'Cập nhật lúc', en: 'Updated at' },
} as const satisfies Record<string, FigureColumn>;

export type FigureColumnKey = keyof typeof FIGURE_COLUMNS;

function headerKey(text: string): string {
  return normalizeVi(text).replace(/_/g, ' ');
}

const BY_HEADER = new Map<string, FigureColumnKey>(
  (Object.entries(FIGURE_COLUMNS) as [FigureColumnKey, FigureColumn][]).flatMap(([key, column]) => [
    [headerKey(column.vi), key],
    [headerKey(column.en), key],
    [headerKey(key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)), key],
  ]),
);

/** The column a header names, in Vietnamese, English or as a code ("Tử số", "numerator"), ignoring case and diacritics. */
export function columnOfHeader(header: string): FigureColumnKey | undefined {
  return BY_HEADER.get(headerKey(header));
}

/** "A", "B", … "Z", "AA": how spreadsheets name the column at a 1-based position. */
export function columnLetter(position: number): string {
  let letters = '';
  for (let rest = position; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
