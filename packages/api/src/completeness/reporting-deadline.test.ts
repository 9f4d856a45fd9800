import { getPlan } from '@edu-vn/domain';
import { describe, expect, test } from 'vitest';
import { endOfDeadlineDay, reportingDeadline, type DeadlineRule } from './reporting-deadline.js';

function rulesOf(planId: string): DeadlineRule[] {
  return getPlan(planId).deadlines.map((deadline) => ({ planId, section: deadline.section, descriptionVi: deadline.descriptionVi, descriptionEn: deadline.descriptionEn, due: deadline.due }));
}

describe('reportingDeadline from the plans', () => {
  test.each([
    ['003', '2024-2025', '2025-06-09', 'Báo cáo tổng kết năm học'],
    ['003', '2024-2025/HK1', '2025-01-13', 'Báo cáo sơ kết học kỳ I'],
    ['003', '2024-2025/HK2', '2025-06-09', 'Báo cáo tổng kết năm học'],
    ['003', '2024-10', '2024-11-05', 'Báo cáo tháng'],
    ['004', '2023-2024', '2024-06-09', 'báo cáo tổng kết thực hiện nhiệm vụ'],
    ['000', '2023', '2023-11-04', undefined],
    ['000', '2023-05', '2023-06-13', undefined],
    ['002', '2023', '2023-11-30', undefined],
  ])('plan %s, period %s: due by %s', (planId, period, lastDay, description) => {
    const deadline = reportingDeadline(period, rulesOf(planId));
    expect(deadline?.lastDay).toBe(lastDay);
    if (description) expect(deadline?.rule.descriptionVi).toBe(description);
  });

  test('gives no deadline when the calendar has no date in the period', () => {
    expect(reportingDeadline('2024-2025', rulesOf('001'))).toBeNull();
    expect(reportingDeadline('2030-2031', rulesOf('003'))).toBeNull();
  });

  test.each([
    [{ kind: 'date', date: '2025-03-01', before: true }, '2025-02-28'],
    [{ kind: 'date', date: '2025-01-01', before: true }, '2024-12-31'],
    [{ kind: 'date', date: '2025-01-01' }, '2025-01-01'],
    [{ kind: 'yearly', month: 12, before: true }, '2024-11-30'],
    [{ kind: 'yearly', month: 2, before: false }, '2025-02-28'],
  ] as const)('reads %j as due by %s', (due, lastDay) => {
    const rule: DeadlineRule = { planId: 'x', section: 'I', descriptionVi: '', descriptionEn: '', due };
    expect(reportingDeadline('2024-2025', [rule])?.lastDay).toBe(lastDay);
  });

  test('knows leap days', () => {
    const rule: DeadlineRule = { planId: 'x', section: 'I', descriptionVi: '', descriptionEn: '', due: { kind: 'date', date: '2024-03-01', before: true } };
    expect(reportingDeadline('2023-2024', [rule])?.lastDay).toBe('2024-02-29');
  });

  test('ends a deadline day at midnight in Vietnam', () => {
    expect(endOfDeadlineDay('2025-06-09').toISOString()).toBe('2025-06-09T16:59:59.999Z');
  });
});
