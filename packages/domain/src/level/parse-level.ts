import { normalizeVi } from '../text/normalize-vi.js';
import { LEVELS, type Level } from './level.js';

/**
 * Names of each level as written in plans, reports and spreadsheets, folded with normalizeVi
 * (so "Tiểu học", "TIỂU HỌC" and "tieu hoc" all match). MN, TH, THCS, THPT are the Ministry's abbreviations.
 */
const NAMES: Readonly<Record<Level, readonly string[]>> = {
  nha_tre: ['nha tre', 'nhom tre', 'creche'],
  mau_giao: ['mau giao', 'kindergarten'],
  mam_non: ['mam non', 'gdmn', 'mn', 'preschool'],
  tieu_hoc: ['tieu hoc', 'gdth', 'th', 'primary'],
  thcs: ['trung hoc co so', 'thcs', 'lower secondary'],
  thpt: ['trung hoc pho thong', 'thpt', 'upper secondary'],
  gdtx: ['giao duc thuong xuyen', 'gdtx', 'continuing education'],
  all: ['toan nganh', 'toan nganh giao duc', 'tat ca cac cap hoc', 'tat ca cac cap', 'cac cap hoc', 'all levels', 'all'],
};

/** Words that may stand before a level's name without changing it: "cấp học Mầm non", "bậc tiểu học", "giáo dục mầm non". */
const PREFIXES = ['cap hoc', 'bac hoc', 'cap', 'bac', 'giao duc', 'khoi', 'truong'];

const BY_NAME = new Map<string, Level>(
  LEVELS.flatMap((level) => [[level.replace(/_/g, ' '), level] as const, ...NAMES[level].map((name) => [name, level] as const)]),
);

/**
 * Reads a level from a Vietnamese (or English) phrase such as "Mầm non", "cấp THCS", "trung học cơ sở", "GDTX",
 * or a level code; null when the phrase names no level or says more than a level ("mẫu giáo 5 tuổi").
 */
export function parseLevel(text: string): Level | null {
  let name = normalizeVi(text).replace(/[.:;,]+$/, '').replace(/_/g, ' ').trim();
  for (;;) {
    const level = BY_NAME.get(name);
    if (level) return level;
    const prefix = PREFIXES.find((candidate) => name.startsWith(`${candidate} `));
    if (!prefix) return null;
    name = name.slice(prefix.length + 1);
  }
}
