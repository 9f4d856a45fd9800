import type { Indicator } from '@edu-vn/domain';
import { rowRandom } from '../dataset/row-random.ts';
import { indicatorLevelsFor, type SyntheticUnit } from '../dataset/unit-scope.ts';
import { levelEnum } from './analyst-params.ts';
import type { GraphqlRequest } from './graphql-documents.ts';
import { DISTRICT_COMPARISON, DISTRICT_SERIES, OBSERVATION_PAGE, provincePull, provinceScorecard } from './graphql-documents.ts';

/**
 * The five analyst queries with parameters drawn at random (seeded) over the whole country: a province, district,
 * indicator, level and school year each time, so that answers are computed rather than served from the cache.
 */
export function variedRequests(units: readonly SyntheticUnit[], indicators: readonly Indicator[], years: readonly string[], seed = 1): (() => GraphqlRequest)[] {
  const random = rowRandom(seed, 'varied requests');
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const provinces = units.filter((unit) => unit.kind === 'province' && unit.era === 'pre-reform').map((unit) => unit.id);
  const districts = units.filter((unit) => unit.kind === 'district' && unit.era === 'pre-reform').map((unit) => unit.id);
  const pairs = indicatorLevelsFor('district', indicators);
  const pair = () => {
    const { indicator, level } = pick(pairs);
    return { indicator: indicator.code, level: levelEnum(level) };
  };
  return [
    () => provinceScorecard(pick(provinces), pick(years)),
    () => ({ query: DISTRICT_SERIES.query, variables: { ...DISTRICT_SERIES.variables, unit: pick(districts), ...pair() } }),
    () => ({ query: DISTRICT_COMPARISON.query, variables: { province: pick(provinces), ...pair(), period: pick(years) } }),
    () => {
      const body = provincePull(null, pick(provinces));
      return { ...body, variables: { ...body.variables, periods: [pick(years)] } };
    },
    () => {
      const { indicator, level } = pair();
      return { query: OBSERVATION_PAGE.query, variables: { indicators: [indicator], levels: [level], periods: [pick(years)] } };
    },
  ];
}
