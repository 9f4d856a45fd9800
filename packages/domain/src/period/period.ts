/**
 * A reporting period with a stable key:
 * school year "2024-2025", calendar year "2023", semester "2024-2025/HK1", month "2024-09".
 */
export type Period =
  | { kind: 'school_year'; startYear: number }
  | { kind: 'calendar_year'; year: number }
  | { kind: 'semester'; startYear: number; semester: 1 | 2 }
  | { kind: 'month'; year: number; month: number };

export type PeriodKey = string;
