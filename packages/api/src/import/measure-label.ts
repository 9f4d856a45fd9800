import type { IndicatorUnit } from '@edu-vn/domain';

/** The unit of measure as the sheet's "Đơn vị tính" column shows it. */
export const MEASURE_LABELS: Readonly<Record<IndicatorUnit, { vi: string; en: string }>> = {
  percent: { vi: '%', en: '%' },
  count: { vi: 'Số lượng', en: 'Count' },
  ordinal: { vi: 'Mức độ', en: 'Level' },
  percentage_points: { vi: 'Điểm phần trăm', en: 'Percentage points' },
  ratio: { vi: 'Tỷ số', en: 'Ratio' },
  money: { vi: 'Đồng', en: 'VND' },
};
