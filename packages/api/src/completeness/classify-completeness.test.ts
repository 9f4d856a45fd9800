import { describe, expect, test } from 'vitest';
import { classifyFigure, countStates, isOverdue } from './classify-completeness.js';
import type { ReportingDeadline } from './reporting-deadline.js';

const DEADLINE: ReportingDeadline = {
  lastDay: '2025-06-09',
  rule: { planId: '003', section: 'IV.3', descriptionVi: 'Báo cáo tổng kết năm học', descriptionEn: 'End-of-year review report', due: { kind: 'date', date: '2025-06-10', before: true } },
};

describe('classifyFigure', () => {
  test.each([
    ['no figure', null, 'missing'],
    ['a draft', { status: 'draft', firstSubmittedAt: null }, 'draft'],
    ['a figure returned to draft after an on-time submission', { status: 'draft', firstSubmittedAt: new Date('2025-06-01T00:00:00Z') }, 'draft'],
    ['submitted on the last day, late evening in Vietnam', { status: 'submitted', firstSubmittedAt: new Date('2025-06-09T16:59:59Z') }, 'on_time'],
    ['submitted one second after midnight in Vietnam', { status: 'submitted', firstSubmittedAt: new Date('2025-06-09T17:00:01Z') }, 'late'],
    ['approved after an on-time submission', { status: 'approved', firstSubmittedAt: new Date('2025-05-20T03:00:00Z') }, 'on_time'],
    ['published, submission time unknown', { status: 'published', firstSubmittedAt: null }, 'submitted'],
  ] as const)('%s is %s', (_case, figure, state) => {
    expect(classifyFigure({ key: 'k', figure }, DEADLINE)).toBe(state);
  });

  test('cannot tell on time from late without a deadline', () => {
    expect(classifyFigure({ key: 'k', figure: { status: 'submitted', firstSubmittedAt: new Date('2030-01-01T00:00:00Z') } }, null)).toBe('submitted');
  });
});

describe('countStates and isOverdue', () => {
  test('counts each state', () => {
    expect(countStates(['on_time', 'on_time', 'late', 'missing', 'draft', 'submitted'])).toEqual({ expected: 6, onTime: 2, late: 1, submittedUndated: 1, draft: 1, missing: 1 });
  });

  test.each([
    [new Date('2025-06-09T16:59:59Z'), false],
    [new Date('2025-06-09T17:00:00Z'), true],
  ])('at %s the deadline has passed: %s', (now, overdue) => {
    expect(isOverdue(DEADLINE, now)).toBe(overdue);
  });
});
