import { describe, expect, test } from 'vitest';
import { LEVELS } from './level.js';
import { parseLevel } from './parse-level.js';

describe('parseLevel', () => {
  test.each([
    ['mầm non', 'mam_non'],
    ['Mầm non', 'mam_non'],
    ['MẦM NON', 'mam_non'],
    ['Cấp học Mầm non', 'mam_non'],
    ['Cấp mầm non', 'mam_non'],
    ['giáo dục mầm non', 'mam_non'],
    ['GDMN', 'mam_non'],
    ['nhà trẻ', 'nha_tre'],
    ['Nhà trẻ:', 'nha_tre'],
    ['mẫu giáo', 'mau_giao'],
    ['Mẫu giáo', 'mau_giao'],
    ['Tiểu học', 'tieu_hoc'],
    ['Cấp Tiểu học', 'tieu_hoc'],
    ['Cấp học Tiểu học', 'tieu_hoc'],
    ['tieu hoc', 'tieu_hoc'],
    ['THCS', 'thcs'],
    ['Cấp THCS', 'thcs'],
    ['trung học cơ sở', 'thcs'],
    ['Cấp học Trung học cơ sở', 'thcs'],
    ['trường THCS', 'thcs'],
    ['THPT', 'thpt'],
    ['trung học phổ thông', 'thpt'],
    ['GDTX', 'gdtx'],
    ['giáo dục thường xuyên', 'gdtx'],
    ['toàn ngành', 'all'],
    ['Toàn ngành', 'all'],
    ['tất cả các cấp học', 'all'],
    ['Primary', 'tieu_hoc'],
    ['lower secondary', 'thcs'],
    ['  mầm   non  ', 'mam_non'],
  ] as const)('reads %j as %s', (text, level) => {
    expect(parseLevel(text)).toBe(level);
  });

  test.each(LEVELS)('reads the code %s', (level) => {
    expect(parseLevel(level)).toBe(level);
  });

  test.each(['', 'mẫu giáo 5 tuổi', 'trung học', 'đại học', 'lớp 6', 'cấp', 'THCS và THPT'])('names no level in %j', (text) => {
    expect(parseLevel(text)).toBeNull();
  });
});
