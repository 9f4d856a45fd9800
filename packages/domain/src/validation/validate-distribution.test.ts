import { describe, expect, test } from 'vitest';
import type { Distribution } from '../indicator/indicator.js';
import { validateDistribution } from './validate-distribution.js';

const primaryAssessment: Distribution = {
  code: 'primary_assessment',
  nameVi: 'Kết quả đánh giá học sinh tiểu học',
  nameEn: 'Primary pupil assessment',
  bands: ['assessment_excellent', 'assessment_good', 'assessment_completed', 'assessment_not_completed'],
};

const bands = (excellent: number, good: number, completed: number, notCompleted: number) => [
  { indicator: 'assessment_excellent', value: excellent },
  { indicator: 'assessment_good', value: good },
  { indicator: 'assessment_completed', value: completed },
  { indicator: 'assessment_not_completed', value: notCompleted },
];

describe('validateDistribution', () => {
  test.each([
    [20, 30, 50, 0, true],
    [20, 30, 49.5, 0, true],
    [20, 30, 50.5, 0, true],
    [20, 30, 49.4, 0, false],
    [20, 30, 50.6, 0, false],
    [33.3, 33.3, 33.3, 0.1, true],
    [0, 0, 0, 100, true],
  ])('bands %d + %d + %d + %d sum to 100 within ±0.5: %s', (a, b, c, d, ok) => {
    const issues = validateDistribution(bands(a, b, c, d), primaryAssessment);
    expect(issues.map((found) => found.code)).toEqual(ok ? [] : ['distribution_sum']);
  });

  test('says by how much the sum misses, naming the row', () => {
    expect(validateDistribution(bands(20, 30, 45, 0), primaryAssessment, { row: 9 })).toEqual([
      {
        severity: 'error',
        field: 'distribution',
        code: 'distribution_sum',
        row: 9,
        messageVi: 'Dòng 9, «Phân bố»: các mức của phân bố «Kết quả đánh giá học sinh tiểu học» cộng lại được 95%, không phải 100% (sai lệch cho phép ±0,5).',
        messageEn: 'Row 9, "distribution": the bands of "Primary pupil assessment" add up to 95%, not 100% (allowed ±0.5).',
      },
    ]);
  });

  test('takes a tolerance', () => {
    expect(validateDistribution(bands(20, 30, 49, 0), primaryAssessment, { tolerance: 1 })).toEqual([]);
  });

  test('refuses a missing band', () => {
    const issues = validateDistribution(bands(20, 30, 50, 0).slice(0, 3), primaryAssessment);
    expect(issues).toMatchObject([{ code: 'missing_band', field: 'distribution' }]);
    expect(issues[0]?.messageVi).toContain('assessment_not_completed');
  });

  test('refuses an unknown band and a band given twice', () => {
    const issues = validateDistribution([...bands(20, 30, 50, 0), { indicator: 'assessment_good', value: 0 }, { indicator: 'conduct_good', value: 0 }], primaryAssessment);
    expect(issues.map((found) => [found.field, found.code])).toEqual([
      ['assessment_good', 'duplicate_band'],
      ['conduct_good', 'unknown_band'],
    ]);
  });

  test.each([-1, 100.5, Number.NaN])('refuses a band of %d%%', (value) => {
    const issues = validateDistribution(bands(value, 30, 50, 0), primaryAssessment);
    expect(issues).toMatchObject([{ field: 'assessment_excellent', code: 'rate_out_of_range' }]);
  });
});
