import { monthNameEn } from '../format/format-date.js';
import type { Lang } from '../format/lang.js';
import type { Period } from './period.js';

/** How a period is named to a reader: "Năm học 2024-2025", "Học kỳ I năm học 2024-2025", "Tháng 9/2024", "Năm 2023". */
export function periodLabel(period: Period, lang: Lang = 'vi'): string {
  switch (period.kind) {
    case 'school_year':
      return lang === 'vi' ? `Năm học ${period.startYear}-${period.startYear + 1}` : `School year ${period.startYear}-${period.startYear + 1}`;
    case 'semester':
      return lang === 'vi'
        ? `Học kỳ ${period.semester === 1 ? 'I' : 'II'} năm học ${period.startYear}-${period.startYear + 1}`
        : `Semester ${period.semester} of school year ${period.startYear}-${period.startYear + 1}`;
    case 'calendar_year':
      return lang === 'vi' ? `Năm ${period.year}` : `Year ${period.year}`;
    case 'month':
      return lang === 'vi' ? `Tháng ${period.month}/${period.year}` : `${monthNameEn(period.month)} ${period.year}`;
  }
}
