import { normalizeVi, OBSERVATION_STATUS_LABELS } from '@edu-vn/domain';
import { STATUS_CHOICES } from './figure-sheet-layout.js';

const SUBMIT = new Set([STATUS_CHOICES.submit, OBSERVATION_STATUS_LABELS.submitted.vi, OBSERVATION_STATUS_LABELS.submitted.en, 'submit', 'submitted'].map(normalizeVi));
const KEEP = new Set(
  [
    '',
    STATUS_CHOICES.draft,
    'nháp',
    'draft',
    OBSERVATION_STATUS_LABELS.draft.vi,
    OBSERVATION_STATUS_LABELS.approved.vi,
    OBSERVATION_STATUS_LABELS.approved.en,
    OBSERVATION_STATUS_LABELS.published.vi,
    OBSERVATION_STATUS_LABELS.published.en,
    'approved',
    'published',
  ].map(normalizeVi),
);

/**
 * What the status cell asks for: "Gửi duyệt" (or "Đã gửi") sends the figure for approval; a draft, or the status of a
 * figure already approved or published (as an export shows it), asks for nothing. Undefined for anything else.
 */
export function readStatusChoice(text: string): 'submit' | 'keep' | undefined {
  const key = normalizeVi(text);
  if (SUBMIT.has(key)) return 'submit';
  if (KEEP.has(key)) return 'keep';
  return undefined;
}
