import type { ObservationStatus } from '../data/site-data.js';
import type { Lang } from '../i18n/lang.js';
import { messages } from '../i18n/messages.js';
import { formatDay } from '../format/figures.js';

/**
 * The data status and date a group of figures carries, for its source line: "Đã công bố, cập nhật 15/07/2025"
 * (the statuses found, and the latest date a figure was recorded).
 */
export function dataStatusNote(figures: ReadonlyArray<{ status: ObservationStatus; recordedAt: string | null }>, lang: Lang): string | null {
  if (figures.length === 0) return null;
  const t = messages(lang);
  const statuses = [...new Set(figures.map((f) => f.status))].map((s) => t.status[s]);
  const latest = figures.map((f) => f.recordedAt).filter((d): d is string => d !== null).sort().at(-1);
  return latest ? `${statuses.join(', ')}, ${t.source.updated} ${formatDay(latest, lang)}` : statuses.join(', ');
}
