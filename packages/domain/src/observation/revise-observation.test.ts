import { describe, expect, test } from 'vitest';
import { currentRevision, latestPublished, reviseObservation, type ObservationRevision } from './revise-observation.js';

const first: ObservationRevision = {
  indicator: 'dropout_rate',
  unitCode: '848',
  level: 'thcs',
  period: '2024-2025',
  value: 1.2,
  numerator: 84,
  denominator: 7000,
  status: 'published',
  revision: 1,
  source: 'Báo cáo tổng kết năm học 2024-2025',
  illustrative: false,
  reason: null,
};

describe('reviseObservation', () => {
  test('adds a revision and keeps the earlier one as it was', () => {
    const history = reviseObservation([first], { value: 1.3, numerator: 91 }, '  Bổ sung 7 học sinh bỏ học tháng 5  ');
    expect(history).toHaveLength(2);
    expect(history[0]).toBe(first);
    expect(history[1]).toEqual({
      ...first,
      value: 1.3,
      numerator: 91,
      revision: 2,
      status: 'draft',
      reason: 'Bổ sung 7 học sinh bỏ học tháng 5',
    });
  });

  test('numbers revisions one after another', () => {
    const twice = reviseObservation(reviseObservation([first], { value: 1.3 }, 'a'), { value: 1.25 }, 'b');
    expect(twice.map((revision) => revision.revision)).toEqual([1, 2, 3]);
  });

  test('changes nothing but the figure and its source', () => {
    const change = { value: 1.3, indicator: 'repetition_rate', unitCode: '999', status: 'published', revision: 9 } as never;
    const [, revised] = reviseObservation([first], change, 'sửa');
    expect(revised).toMatchObject({ indicator: 'dropout_rate', unitCode: '848', status: 'draft', revision: 2, value: 1.3 });
  });

  test.each([
    [[], { value: 1 }, 'x', /Không có số liệu nào.*no figure/],
    [[first], { value: 1.3 }, '   ', /Cần ghi lý do.*needs a reason/],
    [[first], { value: 1.2 }, 'same', /không thay đổi gì.*changes nothing/],
    [[first], {}, 'nothing', /không thay đổi gì/],
    [[{ ...first, revision: 2 }], { value: 1.3 }, 'x', /bị đứt.*broken/],
  ] as const)('refuses %#', (history, change, reason, message) => {
    expect(() => reviseObservation(history, change, reason)).toThrow(message);
  });
});

describe('latestPublished and currentRevision', () => {
  test('the public keeps seeing the published figure while a correction awaits approval', () => {
    const history = reviseObservation([first], { value: 1.3 }, 'sửa');
    expect(currentRevision(history)?.revision).toBe(2);
    expect(latestPublished(history)).toBe(first);
  });

  test('give null for an empty or never-published history', () => {
    expect(currentRevision([])).toBeNull();
    expect(latestPublished([{ ...first, status: 'approved' }])).toBeNull();
  });
});
