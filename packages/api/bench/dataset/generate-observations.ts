import type { Indicator, Level, ObservationStatus } from '@edu-vn/domain';
import type { DatasetSpec } from './dataset-spec.ts';
import { rowRandom } from './row-random.ts';
import { syntheticBands, syntheticFigure, type SyntheticFigure } from './synthetic-figure.ts';
import { indicatorLevelsFor, yearsFor, type IndicatorLevel, type SyntheticUnit } from './unit-scope.ts';

/** One generated figure with its place in the dataset; ids run from 1 in generation order. */
export interface SyntheticObservation extends SyntheticFigure {
  id: number;
  indicatorCode: string;
  unitId: string;
  provinceId: string;
  level: Level;
  period: string;
  status: ObservationStatus;
  /** When the figure was recorded: the end of its school year, so that the same seed gives the same rows. */
  recordedAt: string;
}

/** Post-reform figures are still in review for part of the units; earlier years are all published. */
function statusOf(unit: SyntheticUnit, random: number): ObservationStatus {
  if (unit.era === 'pre-reform') return 'published';
  return random < 0.7 ? 'published' : random < 0.85 ? 'approved' : 'submitted';
}

/** How many figures the dataset holds, without generating them (for the progress bar). */
export function countObservations(units: readonly SyntheticUnit[], indicators: readonly Indicator[], spec: DatasetSpec): number {
  const pairs = { province: 0, district: indicatorLevelsFor('district', indicators).length, commune: indicatorLevelsFor('commune', indicators).length };
  return units.reduce((sum, unit) => sum + yearsFor(unit, spec).length * pairs[unit.kind], 0);
}

/**
 * Every figure of the dataset, one at a time (the national dataset does not fit in memory as objects): units in the
 * order given, then school years, then the catalogue's indicators and levels. The bands of a distribution are drawn
 * together so that they add up to 100%.
 */
export function* generateObservations(units: readonly SyntheticUnit[], indicators: readonly Indicator[], spec: DatasetSpec): Generator<SyntheticObservation> {
  const pairsByKind = new Map<SyntheticUnit['kind'], IndicatorLevel[]>();
  const bandsOf = new Map<string, Indicator[]>();
  for (const indicator of indicators) {
    if (indicator.distribution) bandsOf.set(indicator.distribution, [...(bandsOf.get(indicator.distribution) ?? []), indicator]);
  }
  let id = 0;
  for (const unit of units) {
    let pairs = pairsByKind.get(unit.kind);
    if (!pairs) pairsByKind.set(unit.kind, (pairs = indicatorLevelsFor(unit.kind, indicators)));
    const district = unit.kind === 'district';
    for (const period of yearsFor(unit, spec)) {
      const recordedAt = `${period.slice(5, 9)}-06-30 00:00:00+07`;
      const bandFigures = new Map<string, SyntheticFigure>();
      for (const { indicator, level } of pairs) {
        let figure: SyntheticFigure;
        const key = `${unit.id}|${indicator.code}|${level}`;
        const year = rowRandom(spec.seed, `${key}|${period}`);
        if (indicator.distribution) {
          const bandKey = `${indicator.code}|${level}`;
          if (!bandFigures.has(bandKey)) {
            const bands = bandsOf.get(indicator.distribution) ?? [indicator];
            const drawn = syntheticBands(bands, district, rowRandom(spec.seed, `${unit.id}|${indicator.distribution}|${level}|${period}`));
            bands.forEach((band, index) => bandFigures.set(`${band.code}|${level}`, drawn[index]!));
          }
          figure = bandFigures.get(bandKey)!;
        } else {
          figure = syntheticFigure(indicator, district, rowRandom(spec.seed, key), year);
        }
        id += 1;
        yield { id, indicatorCode: indicator.code, unitId: unit.id, provinceId: unit.provinceId, level, period, ...figure, status: statusOf(unit, year()), recordedAt };
      }
    }
  }
}
