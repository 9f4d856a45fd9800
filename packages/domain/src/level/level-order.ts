import type { Level } from './level.js';

/**
 * Display order: a whole before its parts (mầm non, then nhà trẻ and mẫu giáo), stages by the age of the pupils,
 * continuing education after the school levels, and the whole sector last.
 */
export const LEVEL_ORDER: readonly Level[] = ['mam_non', 'nha_tre', 'mau_giao', 'tieu_hoc', 'thcs', 'thpt', 'gdtx', 'all'];

/** Comparator for Array.prototype.sort in LEVEL_ORDER. */
export function compareLevels(a: Level, b: Level): number {
  return LEVEL_ORDER.indexOf(a) - LEVEL_ORDER.indexOf(b);
}
