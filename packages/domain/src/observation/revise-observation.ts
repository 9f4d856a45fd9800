import { DomainError } from '../validation/domain-error.js';
import type { Observation } from './observation.js';

/** What a correction may change: the figure and where it comes from, never which indicator, unit, level or period it is for. */
export type ObservationChange = Partial<Pick<Observation, 'value' | 'numerator' | 'denominator' | 'source' | 'illustrative'>>;

/** A revision of a figure with why it was made (null for the first). */
export interface ObservationRevision extends Observation {
  reason: string | null;
}

const CHANGEABLE = ['value', 'numerator', 'denominator', 'source', 'illustrative'] as const;

function fail(code: string, vi: string, en: string): never {
  throw new DomainError(code, vi, en);
}

/**
 * Corrects a figure by adding a revision, never by overwriting: returns the whole history with the new revision last
 * (revision + 1, status back to draft so it is submitted and approved again, with its reason). The earlier revisions
 * stay as they were, so what was published before remains readable.
 */
export function reviseObservation(
  history: readonly ObservationRevision[],
  change: ObservationChange,
  reason: string,
): readonly ObservationRevision[] {
  const current = history.at(-1);
  if (!current) fail('no_history', 'Không có số liệu nào để điều chỉnh.', 'There is no figure to revise.');
  history.forEach((revision, index) => {
    if (revision.revision !== index + 1) {
      fail('broken_history', `Lịch sử điều chỉnh bị đứt: lần thứ ${index + 1} mang số ${revision.revision}.`, `The revision history is broken: entry ${index + 1} is numbered ${revision.revision}.`);
    }
  });
  const why = reason.trim();
  if (why === '') fail('reason_required', 'Cần ghi lý do điều chỉnh số liệu.', 'A revision needs a reason.');
  const changed = CHANGEABLE.filter((key) => key in change && change[key] !== current[key]);
  if (changed.length === 0) fail('no_change', 'Lần điều chỉnh không thay đổi gì so với số liệu hiện tại.', 'The revision changes nothing in the current figure.');
  const next: ObservationRevision = { ...current, ...pick(change), revision: current.revision + 1, status: 'draft', reason: why };
  return [...history, next];
}

function pick(change: ObservationChange): ObservationChange {
  const picked: ObservationChange = {};
  for (const key of CHANGEABLE) {
    if (key in change) Object.assign(picked, { [key]: change[key] });
  }
  return picked;
}

/** The revision now being worked on (the last). */
export function currentRevision<T extends Observation>(history: readonly T[]): T | null {
  return history.at(-1) ?? null;
}

/** The figure the public sees: the latest published revision, even while a later correction awaits approval. */
export function latestPublished<T extends Observation>(history: readonly T[]): T | null {
  return history.findLast((revision) => revision.status === 'published') ?? null;
}
