import type { Period } from './period.js';

/** The period of the same kind just before: 2023-2024 before 2024-2025, HK1 before HK2, August before September. */
export function previousPeriod(period: Period): Period {
  switch (period.kind) {
    case 'school_year':
      return { kind: 'school_year', startYear: period.startYear - 1 };
    case 'calendar_year':
      return { kind: 'calendar_year', year: period.year - 1 };
    case 'semester':
      return period.semester === 2
        ? { kind: 'semester', startYear: period.startYear, semester: 1 }
        : { kind: 'semester', startYear: period.startYear - 1, semester: 2 };
    case 'month':
      return period.month === 1 ? { kind: 'month', year: period.year - 1, month: 12 } : { kind: 'month', year: period.year, month: period.month - 1 };
  }
}

/**
 * The same period one year earlier (HK1 2023-2024 for HK1 2024-2025, September 2023 for September 2024):
 * the comparison a year-on-year plausibility check needs, free of seasonal differences between semesters or months.
 */
export function samePeriodPreviousYear(period: Period): Period {
  switch (period.kind) {
    case 'school_year':
    case 'semester':
      return { ...period, startYear: period.startYear - 1 };
    case 'calendar_year':
    case 'month':
      return { ...period, year: period.year - 1 };
  }
}
