import { INDICATORS } from '@edu-vn/domain';
import { describe, expect, it } from 'vitest';
import { observationLine, OBSERVATION_COLUMNS, revisionLine } from './copy-lines.ts';
import { SYNTHETIC_SOURCE, type DatasetSpec } from './dataset-spec.ts';
import { countObservations, generateObservations, type SyntheticObservation } from './generate-observations.ts';
import { existsDuring, type SyntheticUnit } from './unit-scope.ts';

const unit = (id: string, kind: SyntheticUnit['kind'], era: SyntheticUnit['era'] = 'pre-reform', validTo: string | null = '2025-07-01'): SyntheticUnit => ({
  id,
  era,
  kind,
  provinceId: era === 'pre-reform' ? '84' : '86@2025',
  validFrom: era === 'pre-reform' ? null : '2025-07-01',
  validTo: era === 'pre-reform' ? validTo : null,
});

const UNITS = [unit('84', 'province'), unit('850', 'district'), unit('29000', 'commune'), unit('29001', 'commune', 'pre-reform', '2023-01-01'), unit('29002@2025', 'commune', 'post-reform')];
const SPEC: DatasetSpec = { seed: 7, districtYears: ['2022-2023', '2023-2024', '2024-2025'], communeYears: ['2023-2024', '2024-2025'], postReformYears: ['2025-2026'] };
const generate = (spec = SPEC) => [...generateObservations(UNITS, INDICATORS, spec)];
const pairs = (rows: SyntheticObservation[], unitId: string, period: string) => rows.filter((row) => row.unitId === unitId && row.period === period).map((row) => `${row.indicatorCode}|${row.level}`);

describe('generateObservations', () => {
  const rows = generate();

  it('gives the same rows for the same seed and other values for another seed', () => {
    expect(generate()).toEqual(rows);
    const other = generate({ ...SPEC, seed: 8 });
    expect(other.map((row) => `${row.unitId}|${row.indicatorCode}|${row.level}|${row.period}`)).toEqual(rows.map((row) => `${row.unitId}|${row.indicatorCode}|${row.level}|${row.period}`));
    expect(other.filter((row, index) => row.value !== rows[index]!.value).length).toBeGreaterThan(rows.length / 2);
  });

  it('numbers rows from 1 and counts them without generating', () => {
    expect(rows.map((row) => row.id)).toEqual(rows.map((_, index) => index + 1));
    expect(countObservations(UNITS, INDICATORS, SPEC)).toBe(rows.length);
  });

  it('gives a district every indicator at every level, every district year', () => {
    const expected = INDICATORS.flatMap((indicator) => indicator.levels.map((level) => `${indicator.code}|${level}`));
    for (const period of SPEC.districtYears) expect(pairs(rows, '850', period)).toEqual(expected);
  });

  it('gives a commune its own school levels only, and no count of communes', () => {
    const communePairs = pairs(rows, '29000', '2024-2025');
    expect(communePairs.length).toBeGreaterThan(100);
    expect(communePairs.filter((pair) => /\|(thpt|gdtx|all)$/.test(pair) || pair.includes('_commune_count|'))).toEqual([]);
    expect(new Set(rows.filter((row) => row.unitId === '29000').map((row) => row.period))).toEqual(new Set(SPEC.communeYears));
  });

  it('follows units across time: none for a province, none after a commune ends, post-reform communes in 2025-2026 only', () => {
    expect(rows.filter((row) => row.unitId === '84')).toEqual([]);
    expect(rows.filter((row) => row.unitId === '29001')).toEqual([]);
    expect(new Set(rows.filter((row) => row.unitId === '29002@2025').map((row) => row.period))).toEqual(new Set(['2025-2026']));
    expect(new Set(rows.filter((row) => row.unitId !== '29002@2025').map((row) => row.status))).toEqual(new Set(['published']));
  });

  it('keeps rates consistent with their numerator and denominator, and within 0-100', () => {
    const byCode = new Map(INDICATORS.map((indicator) => [indicator.code, indicator]));
    for (const row of rows) {
      const indicator = byCode.get(row.indicatorCode)!;
      if (indicator.unit === 'percent') {
        expect(row.value).toBeGreaterThanOrEqual(0);
        expect(row.value).toBeLessThanOrEqual(100);
      }
      if (row.numerator !== null && row.denominator !== null) {
        expect(row.value).toBeCloseTo(((indicator.unit === 'percent' ? 100 : 1) * row.numerator) / row.denominator, 3);
        if (indicator.unit === 'percent') expect(row.numerator).toBeLessThanOrEqual(row.denominator);
      }
    }
  });

  it('draws the bands of a distribution so that they make the whole population', () => {
    const bands = rows.filter((row) => row.unitId === '850' && row.period === '2024-2025' && row.indicatorCode.startsWith('primary_result_'));
    expect(bands).toHaveLength(4);
    expect(bands.reduce((sum, row) => sum + row.numerator!, 0)).toBe(bands[0]!.denominator);
  });
});

describe('COPY lines', () => {
  const [row] = generate();

  it('flag every figure illustrative, with the synthetic source, published as revision 1', () => {
    const cells = observationLine(row!).trimEnd().split('\t');
    const cell = (name: (typeof OBSERVATION_COLUMNS)[number]) => cells[OBSERVATION_COLUMNS.indexOf(name)];
    expect(cells).toHaveLength(OBSERVATION_COLUMNS.length);
    expect([cell('illustrative'), cell('published_illustrative'), cell('source'), cell('published_source')]).toEqual(['t', 't', SYNTHETIC_SOURCE, SYNTHETIC_SOURCE]);
    expect([cell('revision'), cell('published_revision'), cell('status')]).toEqual(['1', '1', 'published']);
  });

  it('give each figure its first revision under the same id', () => {
    expect(revisionLine(row!).split('\t').slice(0, 3)).toEqual([String(row!.id), String(row!.id), '1']);
  });
});

describe('existsDuring', () => {
  it.each([
    ['2024-2025', '2025-07-01', true],
    ['2024-2025', '2024-09-05', false],
    ['2024-2025', '2024-09-06', true],
    ['2022-2023', '2023-01-01', true],
    ['2023-2024', '2023-01-01', false],
  ])('in %s a unit ending on %s exists: %s', (year, validTo, expected) => {
    expect(existsDuring({ ...unit('1', 'commune'), validTo }, year)).toBe(expected);
  });
});
