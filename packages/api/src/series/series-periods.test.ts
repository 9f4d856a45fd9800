import { GraphQLError } from 'graphql';
import { describe, expect, test } from 'vitest';
import { MAX_SERIES_POINTS, seriesPeriods } from './series-periods.js';

describe('seriesPeriods', () => {
  test.each([
    ['2021-2022', '2024-2025', ['2021-2022', '2022-2023', '2023-2024', '2024-2025']],
    ['2024-2025', '2024-2025', ['2024-2025']],
    ['2021', '2023', ['2021', '2022', '2023']],
    ['2023-2024/HK2', '2024-2025/HK2', ['2023-2024/HK2', '2024-2025/HK2']],
  ])('from %s to %s gives one period a year', (from, to, expected) => {
    expect(seriesPeriods(from, to)).toEqual(expected);
  });

  test.each([
    ['periods of different kinds', '2021', '2024-2025', 'to'],
    ['from after to', '2024-2025', '2021-2022', 'from'],
    ['more points than allowed', `${2024 - MAX_SERIES_POINTS}-${2025 - MAX_SERIES_POINTS}`, '2024-2025', 'from'],
  ])('%s is refused as a user error naming its argument', (_name, from, to, argumentName) => {
    let error: unknown;
    try {
      seriesPeriods(from, to);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
  });

  test('exactly the maximum number of points is allowed', () => {
    expect(seriesPeriods(`${2025 - MAX_SERIES_POINTS}-${2026 - MAX_SERIES_POINTS}`, '2024-2025')).toHaveLength(MAX_SERIES_POINTS);
  });
});
