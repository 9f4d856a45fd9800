import type { Level } from './level.js';

/**
 * Levels made of other levels, each part counted once: mầm non = nhà trẻ + mẫu giáo, and the whole sector
 * (toàn ngành) = mầm non + tiểu học + THCS + THPT + GDTX. A figure for the whole may be summed from its parts.
 */
export const LEVEL_PARTS: Readonly<Partial<Record<Level, readonly Level[]>>> = {
  mam_non: ['nha_tre', 'mau_giao'],
  all: ['mam_non', 'tieu_hoc', 'thcs', 'thpt', 'gdtx'],
};

/** The direct parts of a level, or an empty list for a level that has none. */
export function levelParts(level: Level): readonly Level[] {
  return LEVEL_PARTS[level] ?? [];
}

/** The level a level is a direct part of (nhà trẻ → mầm non → toàn ngành), or null for the whole sector. */
export function parentLevel(level: Level): Level | null {
  for (const [whole, parts] of Object.entries(LEVEL_PARTS) as [Level, readonly Level[]][]) {
    if (parts.includes(level)) return whole;
  }
  return null;
}

/** True when `part` lies inside `whole`, directly or through another level (nhà trẻ is part of toàn ngành). */
export function isPartOf(part: Level, whole: Level): boolean {
  for (let level = parentLevel(part); level !== null; level = parentLevel(level)) {
    if (level === whole) return true;
  }
  return false;
}
