import { aggregateObservations } from '@edu-vn/domain';
import { describe, expect, test } from 'vitest';
import { aggregateFigure, type ProvinceAggregate } from './aggregate-figure.js';

const units = ['842', '844', '845'];
const figures = [
  { unitCode: '842', value: 1.2, numerator: 12, denominator: 1000 },
  { unitCode: '844', value: 0.5, numerator: 10, denominator: 2000 },
  { unitCode: '845', value: 3, numerator: 30, denominator: 1000 },
];

/** The stored sums of some of the figures above, as refreshProvinceAggregates writes them. */
function storedSums(present: typeof figures, lacking: string[] = []): ProvinceAggregate {
  const complete = present.filter((figure) => !lacking.includes(figure.unitCode));
  return {
    provinceId: '84',
    indicatorCode: 'dropout_rate',
    level: 'thcs',
    period: '2024-2025',
    unitIds: present.map((figure) => figure.unitCode),
    lackingUnitIds: lacking,
    valueSum: present.reduce((sum, figure) => sum + figure.value, 0),
    numeratorSum: complete.reduce((sum, figure) => sum + figure.numerator, 0),
    denominatorSum: complete.reduce((sum, figure) => sum + figure.denominator, 0),
    illustrative: false,
  };
}

describe('aggregateFigure', () => {
  test.each([
    ['every unit reported', figures, []],
    ['one unit missing', figures.slice(0, 2), []],
    ['one unit without its counts', figures, ['844']],
    ['no unit reported', [], []],
  ] as const)('the stored sums give what aggregating unit by unit gives: %s', (_case, present, lacking) => {
    const oneByOne = aggregateObservations(
      'percent',
      units,
      present.map((figure) => (lacking.includes(figure.unitCode as never) ? { ...figure, numerator: null, denominator: null } : figure)),
      { requireComplete: true },
    );
    const fromSums = aggregateFigure('percent', units, present.length === 0 ? undefined : storedSums([...present], [...lacking]));
    if (oneByOne.ok) expect(fromSums).toMatchObject({ ok: true, value: oneByOne.value, numerator: oneByOne.numerator, denominator: oneByOne.denominator });
    else expect(fromSums).toMatchObject({ ok: false, code: oneByOne.code, units: oneByOne.units, messageVi: oneByOne.messageVi });
  });

  test.each(['ordinal', 'percentage_points'] as const)('the stored sums of %s figures are refused as not additive', (unit) => {
    expect(aggregateFigure(unit, units, storedSums(figures))).toMatchObject({ ok: false, code: 'not_additive' });
  });

  test('counts are summed', () => {
    expect(aggregateFigure('count', units, storedSums(figures))).toMatchObject({ ok: true, value: 4.7 });
  });
});
