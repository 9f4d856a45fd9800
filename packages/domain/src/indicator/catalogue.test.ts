import { describe, expect, it } from 'vitest';
import { LEVELS } from '../level/level.js';
import { DISTRIBUTIONS, findIndicator, getDistribution, getIndicator, INDICATORS } from './catalogue.js';

const RATE_UNITS = new Set(['percent', 'ratio']);

describe('INDICATORS', () => {
  it('gives every indicator a unique code', () => {
    const codes = INDICATORS.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(INDICATORS.map((i) => [i.code, i] as const))('writes %s as a stable snake_case code', (code) => {
    expect(code).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });

  it.each(INDICATORS.map((i) => [i.code, i] as const))('names and defines %s in Vietnamese and English', (_, indicator) => {
    expect(indicator.nameVi.trim()).not.toBe('');
    expect(indicator.nameEn.trim()).not.toBe('');
    expect(indicator.definitionVi.trim()).not.toBe('');
    expect(indicator.definitionEn.trim()).not.toBe('');
  });

  it.each(INDICATORS.map((i) => [i.code, i] as const))('gives %s at least one known level', (_, indicator) => {
    expect(indicator.levels.length).toBeGreaterThan(0);
    for (const level of indicator.levels) expect(LEVELS).toContain(level);
  });

  it.each(INDICATORS.filter((i) => RATE_UNITS.has(i.unit)).map((i) => [i.code, i] as const))(
    'gives the rate %s a numerator and a denominator in both languages',
    (_, indicator) => {
      expect(indicator.numeratorVi).toBeTruthy();
      expect(indicator.denominatorVi).toBeTruthy();
      expect(indicator.numeratorEn).toBeTruthy();
      expect(indicator.denominatorEn).toBeTruthy();
    },
  );

  it.each(INDICATORS.filter((i) => i.unit === 'ordinal').map((i) => [i.code, i] as const))(
    'gives the ordinal %s its highest level',
    (_, indicator) => {
      expect(indicator.ordinalMax).toBeGreaterThanOrEqual(1);
    },
  );

  it('holds the kinds of target the plans set', () => {
    const codes = INDICATORS.map((i) => i.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'enrolment_count',
        'mobilisation_rate',
        'mobilisation_rate_age5',
        'in_age_attendance_rate',
        'primary_completion_rate',
        'lower_secondary_graduation_rate',
        'dropout_rate',
        'repetition_rate',
        'underweight_reduction',
        'stunting_reduction',
        'pcgd_primary_level',
        'literacy_level',
        'accreditation_level2_school_share',
        'national_standard_level1_school_count',
        'staff_qualification_rate',
        'full_day_rate',
        'digital_transcript_school_share',
        'teaching_spending_share',
      ]),
    );
  });
});

describe('DISTRIBUTIONS', () => {
  it('gives every distribution a unique code', () => {
    const codes = DISTRIBUTIONS.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(DISTRIBUTIONS.map((d) => [d.code, d] as const))('points %s at band indicators that exist and name it', (code, distribution) => {
    expect(distribution.bands.length).toBeGreaterThanOrEqual(2);
    for (const band of distribution.bands) {
      const indicator = getIndicator(band);
      expect(indicator.distribution).toBe(code);
      expect(indicator.unit).toBe('percent');
    }
  });

  it('lists every band indicator in its distribution', () => {
    for (const indicator of INDICATORS.filter((i) => i.distribution !== undefined)) {
      expect(getDistribution(indicator.distribution ?? '').bands).toContain(indicator.code);
    }
  });

  it('orders the primary bands from Hoàn thành xuất sắc to Chưa hoàn thành', () => {
    expect(getDistribution('primary_result').bands).toEqual([
      'primary_result_excellent_rate',
      'primary_result_good_rate',
      'primary_result_completed_rate',
      'primary_result_not_completed_rate',
    ]);
  });

  it('orders the secondary learning and conduct bands from Tốt to Chưa đạt', () => {
    expect(getDistribution('secondary_learning').bands.map((b) => getIndicator(b).nameVi)).toEqual([
      'Kết quả học tập: tỷ lệ mức Tốt',
      'Kết quả học tập: tỷ lệ mức Khá',
      'Kết quả học tập: tỷ lệ mức Đạt',
      'Kết quả học tập: tỷ lệ mức Chưa đạt',
    ]);
    expect(getDistribution('secondary_conduct').bands).toHaveLength(4);
  });

  it('holds one distribution for each of the fifteen primary competencies and qualities', () => {
    expect(DISTRIBUTIONS.filter((d) => /^primary_(competency|quality)_/.test(d.code))).toHaveLength(15);
  });
});

describe('getIndicator', () => {
  it('returns the indicator for a known code', () => {
    expect(getIndicator('dropout_rate').direction).toBe('lower_is_better');
  });

  it('throws a message in both languages naming an unknown code', () => {
    expect(() => getIndicator('no_such_rate')).toThrow(/Không có chỉ số "no_such_rate".*Unknown indicator code "no_such_rate"/);
  });
});

describe('findIndicator', () => {
  it('returns undefined for an unknown code', () => {
    expect(findIndicator('no_such_rate')).toBeUndefined();
  });
});
