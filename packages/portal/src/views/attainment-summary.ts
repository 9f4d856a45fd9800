import { summariseAttainments, type AttainmentSummary } from '@edu-vn/domain';
import type { AttainmentStatus, Explanation, ObservationInfo } from '../data/site-data.js';

/** How many targets were met, not met, or lack data: the headline a reader looks for first. */
export function countAttainment(rows: ReadonlyArray<{ attainment: { status: AttainmentStatus } }>): AttainmentSummary {
  return summariseAttainments(rows.map((row) => row.attainment));
}

/** Whether any shown figure or explanation is illustrative, so the page must carry the 'Số liệu minh họa' notice. */
export function showsIllustrative(items: ReadonlyArray<{ illustrative: boolean } | { actual: ObservationInfo | null; explanation?: Explanation | null }>): boolean {
  return items.some((item) => ('illustrative' in item ? item.illustrative : (item.actual?.illustrative ?? false) || (item.explanation?.illustrative ?? false)));
}
