import type { Level } from '@edu-vn/domain';

/** Written in every row's source, so nobody mistakes a benchmark figure for a reported one. */
export const SYNTHETIC_SOURCE = 'Số liệu minh họa — dữ liệu tổng hợp cho đo hiệu năng / synthetic benchmark data';
export const RECORDED_BY = 'bộ sinh dữ liệu đo hiệu năng / benchmark generator';
export const DEFAULT_SEED = 20_250_701;

/** School years "2015-2016" … for `count` years ending with the one that starts in `lastStart`. */
export function schoolYears(lastStart: number, count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const start = lastStart - count + 1 + index;
    return `${start}-${start + 1}`;
  });
}

/**
 * The mix of the national dataset: every pre-reform district for ten school years, every pre-reform commune for the
 * last five of them, every post-reform commune for 2025-2026; each with every indicator at every level its kind reports.
 */
export interface DatasetSpec {
  seed: number;
  districtYears: readonly string[];
  communeYears: readonly string[];
  postReformYears: readonly string[];
}

export const NATIONAL_SPEC: DatasetSpec = {
  seed: DEFAULT_SEED,
  districtYears: schoolYears(2024, 10),
  communeYears: schoolYears(2024, 5),
  postReformYears: ['2025-2026'],
};

/** Levels a commune reports: preschool, primary and lower secondary are run by the commune; upper secondary and continuing education are not. */
export const COMMUNE_LEVELS: ReadonlySet<Level> = new Set<Level>(['nha_tre', 'mau_giao', 'mam_non', 'tieu_hoc', 'thcs']);
