import { describe, expect, test } from 'vitest';
import { LEVELS } from './level.js';
import { LEVEL_LABELS, levelLabel } from './level-labels.js';

describe('levelLabel', () => {
  test.each([
    ['nha_tre', 'Nhà trẻ', 'Nhà trẻ', 'Crèche'],
    ['mau_giao', 'Mẫu giáo', 'Mẫu giáo', 'Kindergarten'],
    ['mam_non', 'Mầm non', 'Mầm non', 'Preschool'],
    ['tieu_hoc', 'Tiểu học', 'Tiểu học', 'Primary'],
    ['thcs', 'Trung học cơ sở', 'THCS', 'Lower secondary'],
    ['thpt', 'Trung học phổ thông', 'THPT', 'Upper secondary'],
    ['gdtx', 'Giáo dục thường xuyên', 'GDTX', 'Continuing education'],
    ['all', 'Toàn ngành', 'Toàn ngành', 'All levels'],
  ] as const)('names %s "%s", short "%s", English "%s"', (level, vi, viShort, en) => {
    expect(levelLabel(level)).toBe(vi);
    expect(levelLabel(level, 'vi', { short: true })).toBe(viShort);
    expect(levelLabel(level, 'en')).toBe(en);
  });

  test('labels every level', () => {
    expect(Object.keys(LEVEL_LABELS).sort()).toEqual([...LEVELS].sort());
  });
});
