import { DomainError } from '../validation/domain-error.js';
import { OBSERVATION_STATUSES, type ObservationStatus } from './observation.js';

/**
 * The moves a figure may make, each a named action:
 * a district submits a draft; the Sở approves it or returns it to draft for correction; an approved figure is
 * published, or returned to draft if a fault turns up before publication. There is no way back from approved to
 * submitted: a figure that needs another look needs the district's hand, so it goes back to draft. A published
 * figure never moves again; a correction is a new revision (see reviseObservation).
 */
export const OBSERVATION_TRANSITIONS = [
  { action: 'submit', from: 'draft', to: 'submitted' },
  { action: 'return', from: 'submitted', to: 'draft' },
  { action: 'approve', from: 'submitted', to: 'approved' },
  { action: 'return', from: 'approved', to: 'draft' },
  { action: 'publish', from: 'approved', to: 'published' },
] as const satisfies readonly { action: string; from: ObservationStatus; to: ObservationStatus }[];

export type ObservationAction = (typeof OBSERVATION_TRANSITIONS)[number]['action'];

export const OBSERVATION_STATUS_LABELS: Readonly<Record<ObservationStatus, { vi: string; en: string }>> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  submitted: { vi: 'Đã gửi', en: 'Submitted' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  published: { vi: 'Đã công bố', en: 'Published' },
};

/** True when a figure may go from one status to the other. */
export function canTransition(from: ObservationStatus, to: ObservationStatus): boolean {
  return OBSERVATION_TRANSITIONS.some((transition) => transition.from === from && transition.to === to);
}

/** The statuses a figure may move to next. */
export function nextStatuses(from: ObservationStatus): ObservationStatus[] {
  return OBSERVATION_TRANSITIONS.filter((transition) => transition.from === from).map((transition) => transition.to);
}

/** The status an action leads to from a given status, or null when the action is not allowed there. */
export function statusAfter(from: ObservationStatus, action: ObservationAction): ObservationStatus | null {
  return OBSERVATION_TRANSITIONS.find((transition) => transition.from === from && transition.action === action)?.to ?? null;
}

/** Moves a figure to a new status, or throws a DomainError saying, in both languages, why it may not. */
export function transition<T extends { status: ObservationStatus }>(observation: T, to: ObservationStatus): T {
  if (!(OBSERVATION_STATUSES as readonly string[]).includes(to)) {
    throw new DomainError('unknown_status', `Trạng thái «${to}» không tồn tại.`, `There is no status "${to}".`);
  }
  const from = observation.status;
  if (!canTransition(from, to)) {
    const labels = OBSERVATION_STATUS_LABELS;
    const reasonVi = from === 'published' ? ' Số liệu đã công bố chỉ sửa được bằng một lần điều chỉnh mới.' : '';
    const reasonEn = from === 'published' ? ' A published figure can only be corrected by a new revision.' : '';
    throw new DomainError(
      'invalid_status_transition',
      `Không chuyển được số liệu từ «${labels[from].vi}» sang «${labels[to].vi}».${reasonVi}`,
      `A figure cannot go from "${labels[from].en}" to "${labels[to].en}".${reasonEn}`,
    );
  }
  return { ...observation, status: to };
}
