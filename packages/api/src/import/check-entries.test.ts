import { findIndicator, getDistribution, type Indicator } from '@edu-vn/domain';
import { describe, expect, test } from 'vitest';
import { checkEntries } from './check-entries.js';
import type { FigureEntry } from './figure-entry.js';

function indicator(code: string): Indicator {
  const found = findIndicator(code);
  if (!found) throw new Error(`no indicator ${code}`);
  return found;
}

let nextRow = 5;
function entry(code: string, value: number, extra: Partial<FigureEntry> = {}): FigureEntry {
  return {
    location: { sheet: 'Tiểu học', kind: 'sheet', row: nextRow++, column: null },
    columns: { indicator: 'A', level: 'C', value: 'G', numerator: 'H', denominator: 'I', reason: 'L' },
    unitId: '850',
    period: '2024-2025',
    level: 'tieu_hoc',
    indicator: indicator(code),
    disaggregation: null,
    value,
    numerator: null,
    denominator: null,
    source: null,
    submit: false,
    reason: null,
    version: null,
    ...extra,
  };
}

describe('checkEntries', () => {
  test('accepts figures that keep the domain rules', () => {
    expect(checkEntries([entry('dropout_rate', 0.4, { numerator: 12, denominator: 3000 }), entry('enrolment_count', 3000)]).filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  test.each([
    ['a rate above 100', entry('dropout_rate', 100.5), 'G', 'rate_out_of_range'],
    ['a numerator above its denominator', entry('dropout_rate', 40, { numerator: 40, denominator: 30 }), 'H', 'numerator_exceeds_denominator'],
    ['a count with decimals', entry('enrolment_count', 10.5), 'G', 'not_whole'],
    ['a rate that does not match its counts', entry('dropout_rate', 5, { numerator: 12, denominator: 3000 }), 'G', 'value_inconsistent'],
    ['a level the indicator is not reported for', entry('mobilisation_rate', 90, { level: 'tieu_hoc' }), 'C', 'level_not_allowed'],
  ])('refuses %s with the domain rule and the cell', (_case, bad, column, code) => {
    const errors = checkEntries([bad]).filter((issue) => issue.severity === 'error');
    expect(errors.map((issue) => [issue.sheet, issue.row, issue.column, issue.code])).toEqual([['Tiểu học', bad.location.row, column, code]]);
    expect(errors[0]?.messageVi).toMatch(new RegExp(`^Trang «Tiểu học», dòng ${bad.location.row}, cột ${column}: «`));
    expect(errors[0]?.messageEn).toMatch(new RegExp(`^Sheet "Tiểu học", row ${bad.location.row}, column ${column}: "`));
  });

  test('refuses the same figure given twice and names the first row', () => {
    const first = entry('dropout_rate', 0.4);
    const second = entry('dropout_rate', 0.5);
    const errors = checkEntries([first, second]).filter((issue) => issue.severity === 'error');
    expect(errors.map((issue) => [issue.row, issue.code])).toEqual([[second.location.row, 'duplicate_figure']]);
    expect(errors[0]?.messageVi).toContain(`dòng ${first.location.row}`);
  });

  test('warns, without refusing, when a rate jumps from the year before', () => {
    const issues = checkEntries([entry('dropout_rate', 25, { numerator: 750, denominator: 3000 })], { contextOf: () => ({ previous: { value: 1, period: '2023-2024' } }) });
    expect(issues.map((issue) => [issue.severity, issue.code, issue.column])).toEqual([['warning', 'implausible_change', 'G']]);
  });

  describe('distributions', () => {
    const bands = getDistribution('primary_result').bands;

    test('accepts bands that add up to 100', () => {
      const shares = [20, 30, 45, 5];
      const entries = bands.map((band, index) => entry(band, shares[index] ?? 0));
      expect(checkEntries(entries).filter((issue) => issue.severity === 'error')).toEqual([]);
    });

    test('refuses bands that do not add up to 100, at the first band row', () => {
      const entries = bands.map((band) => entry(band, 30));
      const errors = checkEntries(entries).filter((issue) => issue.severity === 'error');
      expect(errors.map((issue) => [issue.row, issue.column, issue.code])).toEqual([[entries[0]?.location.row, 'G', 'distribution_sum']]);
    });

    test('completes the bands the file leaves out from the stored figures', () => {
      const [first, ...rest] = bands as [string, ...string[]];
      const stored = new Map(rest.map((band) => [band, 80 / rest.length]));
      expect(checkEntries([entry(first, 20)], { storedBand: (_entry, band) => stored.get(band) }).filter((issue) => issue.severity === 'error')).toEqual([]);
      const errors = checkEntries([entry(first, 30)], { storedBand: (_entry, band) => stored.get(band) }).filter((issue) => issue.severity === 'error');
      expect(errors.map((issue) => issue.code)).toEqual(['distribution_sum']);
    });
  });
});
