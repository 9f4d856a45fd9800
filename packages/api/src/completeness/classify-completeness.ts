import type { ObservationStatus } from '@edu-vn/domain';
import { endOfDeadlineDay, type ReportingDeadline } from './reporting-deadline.js';

/** Where an expected figure stands against the deadline. */
export type ItemState = 'on_time' | 'late' | 'submitted' | 'draft' | 'missing';

/** A figure the district owes (one per target of the period), and what it has sent. */
export interface ExpectedFigure {
  key: string;
  figure: { status: ObservationStatus; firstSubmittedAt: Date | null } | null;
}

/** Submitted, approved and published figures have been sent to the Sở. */
const SENT: ReadonlySet<ObservationStatus> = new Set(['submitted', 'approved', 'published']);

/**
 * Classifies one expected figure: sent on time or late (by its first submission, Vietnam time, the deadline day
 * included), sent at an unknown time (figures loaded before the log began), still a draft, or missing.
 */
export function classifyFigure(expected: ExpectedFigure, deadline: ReportingDeadline | null): ItemState {
  const { figure } = expected;
  if (figure === null) return 'missing';
  if (!SENT.has(figure.status)) return 'draft';
  if (deadline === null || figure.firstSubmittedAt === null) return 'submitted';
  return figure.firstSubmittedAt.getTime() <= endOfDeadlineDay(deadline.lastDay).getTime() ? 'on_time' : 'late';
}

export interface CompletenessCounts {
  expected: number;
  onTime: number;
  late: number;
  submittedUndated: number;
  draft: number;
  missing: number;
}

export function countStates(states: readonly ItemState[]): CompletenessCounts {
  const count = (state: ItemState) => states.filter((item) => item === state).length;
  return { expected: states.length, onTime: count('on_time'), late: count('late'), submittedUndated: count('submitted'), draft: count('draft'), missing: count('missing') };
}

/** Whether the deadline has passed at `now` (so drafts and missing figures are overdue). */
export function isOverdue(deadline: ReportingDeadline | null, now: Date): boolean {
  return deadline !== null && now.getTime() > endOfDeadlineDay(deadline.lastDay).getTime();
}
