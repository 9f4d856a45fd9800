import type { Level } from '../level/level.js';
import type { Direction, Distribution, Indicator, IndicatorTheme } from './indicator.js';

/** One band of a distribution, as named in Vietnamese and English. */
export interface BandSpec {
  suffix: string;
  nameVi: string;
  nameEn: string;
  /** The best band is higher_is_better, the worst lower_is_better, the rest neutral. */
  direction: Direction;
}

/** What a distribution is about: its code, names, population and levels. */
export interface DistributionSpec {
  code: string;
  nameVi: string;
  nameEn: string;
  /** Who is counted, e.g. "học sinh được đánh giá năng lực tự chủ và tự học". */
  populationVi: string;
  populationEn: string;
  levels: readonly Level[];
  theme: IndicatorTheme;
  bands: readonly BandSpec[];
}

/** Builds the band indicators of a distribution so that every band reads the same way. */
export function bandIndicators(spec: DistributionSpec): { distribution: Distribution; indicators: Indicator[] } {
  const indicators = spec.bands.map((band): Indicator => ({
    code: `${spec.code}_${band.suffix}`,
    nameVi: `${spec.nameVi}: tỷ lệ mức ${band.nameVi}`,
    nameEn: `${spec.nameEn}: share rated ${band.nameEn}`,
    definitionVi: `Trong 100 ${spec.populationVi}, có bao nhiêu em được xếp mức "${band.nameVi}". Các mức cộng lại bằng 100%.`,
    definitionEn: `Out of every 100 ${spec.populationEn}, how many are rated "${band.nameEn}". The bands add up to 100%.`,
    unit: 'percent',
    direction: band.direction,
    levels: spec.levels,
    numeratorVi: `Số ${spec.populationVi} xếp mức ${band.nameVi}`,
    denominatorVi: `Tổng số ${spec.populationVi}`,
    numeratorEn: `${capitalise(spec.populationEn)} rated ${band.nameEn}`,
    denominatorEn: `All ${spec.populationEn}`,
    distribution: spec.code,
    theme: spec.theme,
  }));
  return {
    distribution: { code: spec.code, nameVi: spec.nameVi, nameEn: spec.nameEn, bands: indicators.map((i) => i.code) },
    indicators,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
