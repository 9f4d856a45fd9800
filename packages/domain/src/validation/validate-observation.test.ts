import { describe, expect, test } from 'vitest';
import type { Indicator } from '../indicator/indicator.js';
import { validateObservation, type ObservationInput } from './validate-observation.js';

const dropout: Indicator = {
  code: 'dropout_rate',
  nameVi: 'Tỷ lệ học sinh bỏ học',
  nameEn: 'Dropout rate',
  definitionVi: 'Số học sinh bỏ học trong năm học trên tổng số học sinh đầu năm học.',
  definitionEn: 'Pupils who dropped out during the school year over pupils enrolled at its start.',
  unit: 'percent',
  direction: 'lower_is_better',
  levels: ['tieu_hoc', 'thcs'],
  numeratorVi: 'Số học sinh bỏ học',
  denominatorVi: 'Số học sinh đầu năm học',
  theme: 'efficiency',
};
const graduation: Indicator = { ...dropout, code: 'graduation_rate', nameVi: 'Tỷ lệ tốt nghiệp THCS', nameEn: 'Lower-secondary graduation rate', direction: 'higher_is_better', levels: ['thcs'] };
const pupils: Indicator = { ...dropout, code: 'pupils', nameVi: 'Số học sinh', nameEn: 'Pupils', unit: 'count', direction: 'neutral', levels: ['mam_non', 'tieu_hoc', 'thcs'] };
const universalisation: Indicator = { ...dropout, code: 'pcgd_thcs', nameVi: 'Phổ cập giáo dục THCS', nameEn: 'Lower-secondary universalisation', unit: 'ordinal', direction: 'higher_is_better', levels: ['thcs'], ordinalMax: 3 };
const stuntingReduction: Indicator = { ...dropout, code: 'stunting_reduction', unit: 'percentage_points', direction: 'higher_is_better', levels: ['mam_non'] };
const teachersPerClass: Indicator = { ...dropout, code: 'teachers_per_class', unit: 'ratio', direction: 'higher_is_better', levels: ['tieu_hoc'] };

const rate = (value: number, numerator?: number | null, denominator?: number | null): ObservationInput => ({
  indicator: 'dropout_rate',
  level: 'thcs',
  period: '2024-2025',
  value,
  numerator,
  denominator,
});

const codes = (input: ObservationInput, indicator: Indicator = dropout) => validateObservation(input, indicator).map((found) => found.code);

describe('validateObservation accepts good figures', () => {
  test.each<[string, ObservationInput, Indicator]>([
    ['a rate with its counts', rate(1.5, 3, 200), dropout],
    ['a rate of 0', rate(0, 0, 120), dropout],
    ['a rate of 100', { ...rate(100, 250, 250), indicator: 'graduation_rate' }, graduation],
    ['a rate typed to one decimal', rate(0.8, 3, 370), dropout],
    ['a count', { indicator: 'pupils', level: 'tieu_hoc', period: '2023', value: 11500 }, pupils],
    ['a count of 0', { indicator: 'pupils', level: 'tieu_hoc', period: '2023', value: 0 }, pupils],
    ['an ordinal at its top', { indicator: 'pcgd_thcs', level: 'thcs', period: '2024-2025', value: 3 }, universalisation],
    ['a reduction', { indicator: 'stunting_reduction', level: 'mam_non', period: '2024-2025', value: 0.3 }, stuntingReduction],
    ['a ratio matching its counts', { indicator: 'teachers_per_class', level: 'tieu_hoc', period: '2024-2025', value: 1.5, numerator: 30, denominator: 20 }, teachersPerClass],
    ['a semester figure', { ...rate(1, 2, 200), period: '2024-2025/HK1' }, dropout],
  ])('accepts %s', (_case, input, indicator) => {
    expect(validateObservation(input, indicator)).toEqual([]);
  });
});

describe('validateObservation at the boundaries of each rule', () => {
  test.each<[string, ObservationInput, Indicator, string[]]>([
    ['rate -0.1', rate(-0.1, 0, 10), dropout, ['rate_out_of_range']],
    ['rate 100.01', rate(100.01, 10, 10), dropout, ['rate_out_of_range']],
    ['rate NaN', rate(Number.NaN, 0, 10), dropout, ['not_a_number']],
    ['numerator above denominator', rate(100, 201, 200), dropout, ['numerator_exceeds_denominator']],
    ['numerator equal to denominator', rate(100, 200, 200), dropout, []],
    ['value 0.05 from the counts', rate(1.55, 3, 200), dropout, []],
    ['value 0.06 from the counts', rate(1.56, 3, 200), dropout, ['value_inconsistent']],
    ['value 0.05 below the counts', rate(1.45, 3, 200), dropout, []],
    ['value 0.051 below the counts', rate(1.449, 3, 200), dropout, ['value_inconsistent']],
    ['numerator without denominator', rate(1.5, 3, null), dropout, ['denominator_missing']],
    ['denominator without numerator', rate(1.5, undefined, 200), dropout, ['numerator_missing']],
    ['zero denominator', rate(0, 0, 0), dropout, ['zero_denominator']],
    ['fractional numerator', rate(1.5, 3.5, 200), dropout, ['count_invalid']],
    ['negative denominator', rate(1.5, 3, -200), dropout, ['count_invalid']],
    ['count 1.5', { indicator: 'pupils', level: 'thcs', period: '2023', value: 1.5 }, pupils, ['not_whole']],
    ['count -1', { indicator: 'pupils', level: 'thcs', period: '2023', value: -1 }, pupils, ['negative']],
    ['ordinal 0', { indicator: 'pcgd_thcs', level: 'thcs', period: '2023', value: 0 }, universalisation, ['ordinal_out_of_range']],
    ['ordinal 1', { indicator: 'pcgd_thcs', level: 'thcs', period: '2023', value: 1 }, universalisation, []],
    ['ordinal 4 of 3', { indicator: 'pcgd_thcs', level: 'thcs', period: '2023', value: 4 }, universalisation, ['ordinal_out_of_range']],
    ['ordinal 2.5', { indicator: 'pcgd_thcs', level: 'thcs', period: '2023', value: 2.5 }, universalisation, ['ordinal_out_of_range']],
    ['change of 100.5 points', { indicator: 'stunting_reduction', level: 'mam_non', period: '2023', value: 100.5 }, stuntingReduction, ['change_out_of_range']],
    ['change of -0.2 points (a rise)', { indicator: 'stunting_reduction', level: 'mam_non', period: '2023', value: -0.2 }, stuntingReduction, []],
    ['negative ratio', { indicator: 'teachers_per_class', level: 'tieu_hoc', period: '2023', value: -1 }, teachersPerClass, ['negative']],
    ['ratio far from its counts', { indicator: 'teachers_per_class', level: 'tieu_hoc', period: '2023', value: 1.6, numerator: 30, denominator: 20 }, teachersPerClass, ['value_inconsistent']],
    ['ratio numerator above denominator', { indicator: 'teachers_per_class', level: 'tieu_hoc', period: '2023', value: 1.5, numerator: 30, denominator: 20 }, teachersPerClass, []],
    ['level the indicator is not reported for', { ...rate(1, 2, 200), level: 'mam_non' }, dropout, ['level_not_allowed']],
    ['unknown level', { ...rate(1, 2, 200), level: 'dai_hoc' }, dropout, ['unknown_level']],
    ['bad period', { ...rate(1, 2, 200), period: '2024-2026' }, dropout, ['invalid_period']],
    ['another indicator', { ...rate(1, 2, 200), indicator: 'repetition_rate' }, dropout, ['indicator_mismatch']],
    ['a rate without counts', rate(1.5), dropout, ['rate_without_counts']],
  ])('%s', (_case, input, indicator, expected) => {
    expect(codes(input, indicator)).toEqual(expected);
  });

  test('reports every problem of a row at once', () => {
    expect(codes({ indicator: 'dropout_rate', level: 'mam_non', period: '2024/2025', value: 1.5, numerator: 300, denominator: 200 })).toEqual([
      'level_not_allowed',
      'invalid_period',
      'numerator_exceeds_denominator',
    ]);
  });

  test('does not warn about missing counts for a rate that has none by definition', () => {
    const { numeratorVi: _n, denominatorVi: _d, ...withoutCounts } = dropout;
    expect(validateObservation(rate(1.5), withoutCounts)).toEqual([]);
  });
});

describe('validateObservation messages', () => {
  test('name the row and the field in Vietnamese and English', () => {
    expect(validateObservation(rate(100, 201, 200), dropout, { row: 12 })).toEqual([
      {
        severity: 'error',
        field: 'numerator',
        code: 'numerator_exceeds_denominator',
        row: 12,
        messageVi: 'Dòng 12, «Tử số»: tử số (201) lớn hơn mẫu số (200).',
        messageEn: 'Row 12, "numerator": the numerator (201) exceeds the denominator (200).',
      },
    ]);
  });

  test('name the field alone when there is no row', () => {
    const [found] = validateObservation(rate(101.5), dropout);
    expect(found).toEqual({
      severity: 'error',
      field: 'value',
      code: 'rate_out_of_range',
      messageVi: '«Giá trị»: tỷ lệ 101,5% nằm ngoài khoảng 0-100%.',
      messageEn: '"value": the rate 101.5% is outside 0-100%.',
    });
  });

  test('write numbers the Vietnamese way in Vietnamese', () => {
    const [found] = validateObservation(rate(1.56, 3, 200), dropout, { row: 3 });
    expect(found?.messageVi).toBe('Dòng 3, «Giá trị»: giá trị 1,56% không khớp với tử số / mẫu số (3 / 200 = 1,5%).');
    expect(found?.messageEn).toBe('Row 3, "value": the value 1.56% does not match numerator / denominator (3 / 200 = 1.5%).');
  });

  test('pass on the period key error', () => {
    const [found] = validateObservation({ ...rate(1, 2, 200), period: '2024-2026' }, dropout, { row: 4 });
    expect(found?.messageVi).toBe('Dòng 4, «Kỳ báo cáo»: Mã kỳ báo cáo «2024-2026» không hợp lệ: năm học phải gồm hai năm liên tiếp, như "2024-2025".');
  });

  test('name the levels an indicator is reported for', () => {
    const [found] = validateObservation({ ...rate(1, 2, 200), level: 'mam_non' }, dropout);
    expect(found?.messageVi).toBe('«Cấp học»: chỉ số «Tỷ lệ học sinh bỏ học» không báo cáo cho cấp Mầm non (chỉ cho: Tiểu học, Trung học cơ sở).');
    expect(found?.messageEn).toBe('"level": indicator "Dropout rate" is not reported for Preschool (only for: Primary, Lower secondary).');
  });
});

describe('validateObservation plausibility warnings', () => {
  test.each<[number, number, number | undefined, boolean]>([
    [1.5, 11.5, undefined, false],
    [1.5, 11.6, undefined, true],
    [21.5, 11.5, undefined, false],
    [21.6, 11.5, undefined, true],
    [1.5, 6.5, 5, false],
    [1.5, 6.6, 5, true],
  ])('value %d after %d with a limit of %s points warns: %s', (value, previous, maxChange, warns) => {
    const issues = validateObservation(rate(value), { ...dropout, numeratorVi: undefined }, { previous: { value: previous }, maxChange });
    expect(issues.map((found) => found.code)).toEqual(warns ? ['implausible_change'] : []);
    expect(issues.every((found) => found.severity === 'warning')).toBe(true);
  });

  test('word the change with the previous period', () => {
    const [found] = validateObservation(rate(25, 50, 200), dropout, { row: 7, previous: { value: 1.5, period: '2023-2024' } });
    expect(found).toMatchObject({
      severity: 'warning',
      code: 'implausible_change',
      messageVi: 'Dòng 7, «Giá trị»: tỷ lệ tăng 23,5 điểm phần trăm so với năm trước (2023-2024) (1,5% → 25%), quá 10 điểm: xin kiểm tra lại.',
      messageEn: 'Row 7, "value": the rate rose by 23.5 percentage points from the previous year (2023-2024) (1.5% → 25%), more than 10: please check.',
    });
  });

  test('does not compare counts year on year', () => {
    expect(validateObservation({ indicator: 'pupils', level: 'thcs', period: '2023', value: 9000 }, pupils, { previous: { value: 7300 } })).toEqual([]);
  });

  test('skips plausibility for a value that is already an error', () => {
    expect(codes(rate(150))).toEqual(['rate_out_of_range', 'rate_without_counts']);
    expect(validateObservation(rate(150), dropout, { previous: { value: 1 } }).map((found) => found.code)).toEqual(['rate_out_of_range', 'rate_without_counts']);
  });

  test.each<[string, number, boolean]>([
    ['below 1% already', 0.9, true],
    ['at 1%', 1, false],
    ['above 1%', 1.2, false],
  ])('warns that "dưới 1%" was met at baseline when the previous year was %s', (_case, previous, warns) => {
    const issues = validateObservation(rate(0.8, 2, 250), dropout, { previous: { value: previous }, target: { comparator: 'lt', value: 1 } });
    expect(issues.map((found) => found.code)).toEqual(warns ? ['target_met_at_baseline'] : []);
  });

  test('words the baseline warning', () => {
    const [found] = validateObservation(rate(0.8, 2, 250), dropout, { row: 2, previous: { value: 0.5 }, target: { comparator: 'lt', value: 1 } });
    expect(found).toMatchObject({
      severity: 'warning',
      field: 'target',
      messageVi: 'Dòng 2, «Chỉ tiêu»: số liệu năm trước (0,5) đã đạt chỉ tiêu năm nay: chỉ tiêu không đòi hỏi thêm, hoặc một số liệu bị sai.',
    });
  });
});
