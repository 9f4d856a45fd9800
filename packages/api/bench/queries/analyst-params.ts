/**
 * What each of the five analyst queries asks, the same for our API, raw SQL and PostGraphile: Trà Vinh (84) is the
 * province whose districts have plans (Duyên Hải, 850, sets 102 targets for 2024-2025); Hà Nội (01) is the largest
 * pre-reform province (30 districts, 579 communes), so the pull and comparison are the heaviest a Sở asks for.
 */
export const ANALYST_PARAMS = {
  scorecard: { province: '84', district: '850', indicator: 'dropout_rate', level: 'thcs', period: '2024-2025' },
  series: { province: '84', district: '850', indicator: 'dropout_rate', level: 'thcs', period: '2024-2025', from: '2015-2016', to: '2024-2025' },
  comparison: { province: '01', district: '001', indicator: 'dropout_rate', level: 'thcs', period: '2024-2025' },
  pull: { province: '01', district: '001', indicator: 'dropout_rate', level: 'thcs', period: '2024-2025' },
  page: { province: '01', district: '001', indicator: 'dropout_rate', level: 'thcs', period: '2024-2025' },
} as const;

/** The whole pull, every page, for Trà Vinh (about 17,000 figures a year): Hà Nội's would take minutes per side. */
export const FULL_PULL_PROVINCE = process.env.BENCH_FULL_PULL_PROVINCE ?? '84';

export type AnalystQueryKey = keyof typeof ANALYST_PARAMS;

/** The GraphQL enum value of a stored level code ("thcs" → "THCS"). */
export const levelEnum = (level: string) => level.toUpperCase();
