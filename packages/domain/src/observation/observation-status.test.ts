import { describe, expect, test } from 'vitest';
import { DomainError } from '../validation/domain-error.js';
import { OBSERVATION_STATUSES, type ObservationStatus } from './observation.js';
import { canTransition, nextStatuses, statusAfter, transition } from './observation-status.js';

const allowed: [ObservationStatus, ObservationStatus][] = [
  ['draft', 'submitted'],
  ['submitted', 'draft'],
  ['submitted', 'approved'],
  ['approved', 'draft'],
  ['approved', 'published'],
];

const everyPair = OBSERVATION_STATUSES.flatMap((from) => OBSERVATION_STATUSES.map((to) => [from, to] as [ObservationStatus, ObservationStatus]));

describe('canTransition', () => {
  test.each(everyPair)('%s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(allowed.some(([a, b]) => a === from && b === to));
  });
});

describe('nextStatuses', () => {
  test.each<[ObservationStatus, ObservationStatus[]]>([
    ['draft', ['submitted']],
    ['submitted', ['draft', 'approved']],
    ['approved', ['draft', 'published']],
    ['published', []],
  ])('from %s: %j', (from, next) => {
    expect(nextStatuses(from)).toEqual(next);
  });
});

describe('statusAfter', () => {
  test.each([
    ['draft', 'submit', 'submitted'],
    ['submitted', 'approve', 'approved'],
    ['submitted', 'return', 'draft'],
    ['approved', 'return', 'draft'],
    ['approved', 'publish', 'published'],
    ['draft', 'approve', null],
    ['draft', 'publish', null],
    ['published', 'return', null],
  ] as const)('%s then %s gives %s', (from, action, to) => {
    expect(statusAfter(from, action)).toBe(to);
  });
});

describe('transition', () => {
  test('returns a copy with the new status and leaves the original alone', () => {
    const draft = { status: 'draft' as ObservationStatus, value: 98.5 };
    expect(transition(draft, 'submitted')).toEqual({ status: 'submitted', value: 98.5 });
    expect(draft.status).toBe('draft');
  });

  test('refuses to skip approval, in both languages', () => {
    try {
      transition({ status: 'draft' }, 'published');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({
        code: 'invalid_status_transition',
        messageVi: 'Không chuyển được số liệu từ «Bản nháp» sang «Đã công bố».',
        messageEn: 'A figure cannot go from "Draft" to "Published".',
      });
    }
  });

  test('tells how to correct a published figure', () => {
    expect(() => transition({ status: 'published' }, 'draft')).toThrow(/điều chỉnh mới.*new revision/);
  });

  test('refuses an unknown status', () => {
    expect(() => transition({ status: 'draft' }, 'archived' as ObservationStatus)).toThrow(/không tồn tại/);
  });
});
