import type { Lang } from '../format/lang.js';
import type { Level } from './level.js';

/** Names of each level: the full Vietnamese name, the short form used in plans and tables, and English. */
export const LEVEL_LABELS: Readonly<Record<Level, { vi: string; viShort: string; en: string }>> = {
  nha_tre: { vi: 'Nhà trẻ', viShort: 'Nhà trẻ', en: 'Crèche' },
  mau_giao: { vi: 'Mẫu giáo', viShort: 'Mẫu giáo', en: 'Kindergarten' },
  mam_non: { vi: 'Mầm non', viShort: 'Mầm non', en: 'Preschool' },
  tieu_hoc: { vi: 'Tiểu học', viShort: 'Tiểu học', en: 'Primary' },
  thcs: { vi: 'Trung học cơ sở', viShort: 'THCS', en: 'Lower secondary' },
  thpt: { vi: 'Trung học phổ thông', viShort: 'THPT', en: 'Upper secondary' },
  gdtx: { vi: 'Giáo dục thường xuyên', viShort: 'GDTX', en: 'Continuing education' },
  all: { vi: 'Toàn ngành', viShort: 'Toàn ngành', en: 'All levels' },
};

/** The name of a level in the reader's language; `short` gives "THCS" rather than "Trung học cơ sở". */
export function levelLabel(level: Level, lang: Lang = 'vi', options: { short?: boolean } = {}): string {
  const labels = LEVEL_LABELS[level];
  if (lang === 'en') return labels.en;
  return options.short ? labels.viShort : labels.vi;
}
