import type { Level } from '@edu-vn/domain';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { LevelValue } from '../common/level.type.js';
import { userError } from '../common/user-error.js';
import type { Context } from '../context.js';
import { Indicator } from '../indicator/indicator.type.js';
import { requireIndicator, requirePeriod, requireUnit } from '../rebase/figure-arguments.js';
import { FigureBasisValue, type FigureBasis } from '../rebase/figure.type.js';
import { adminUnitRegistry } from '../unit/admin-unit-registry.js';
import { Unit } from '../unit/unit.type.js';
import { buildDistrictComparison } from './build-district-comparison.js';
import { buildSeries } from './build-series.js';
import { seriesPeriods } from './series-periods.js';
import { DistrictComparison, DistrictFigure, Series } from './series.type.js';

async function loadUnit(ctx: Context, id: string): Promise<Unit> {
  const unit = await ctx.loaders.unit.byId.load(id);
  if (!unit) throw new Error(`series refers to missing unit ${id}`);
  return unit;
}

async function loadIndicator(ctx: Context, code: string): Promise<Indicator> {
  const indicator = await ctx.loaders.indicator.byCode.load(code);
  if (!indicator) throw new Error(`series refers to missing indicator ${code}`);
  return indicator;
}

/** Time series of one unit, across the 2025 reform. */
@Resolver(() => Series)
export class SeriesResolver {
  @Query(() => Series, {
    description:
      'Chuỗi số liệu theo năm của một đơn vị: như đã công bố (theo đơn vị qua cải cách), tổng hợp từ đơn vị con, hoặc tính lại cho tỉnh sau sáp nhập. / A unit’s figures year by year: as published (following the unit across the reform), aggregated from its children, or re-based onto the post-reform province.',
  })
  async series(
    @Arg('indicator', () => String, { description: 'Mã chỉ số. / Indicator code.' }) indicatorCode: string,
    @Arg('unit', () => ID, { description: 'Khóa đơn vị. / Unit id.' }) unitId: string,
    @Arg('level', () => LevelValue, { description: 'Cấp học. / Level.' }) level: Level,
    @Arg('from', () => String, { description: 'Kỳ đầu, ví dụ "2021-2022". / First period.' }) from: string,
    @Arg('to', () => String, { description: 'Kỳ cuối, ví dụ "2025-2026". / Last period.' }) to: string,
    @Arg('basis', () => FigureBasisValue, { defaultValue: 'as_published', description: 'Cách lấy số liệu. / How to obtain each point.' }) basis: FigureBasis,
    @Ctx() ctx: Context,
  ): Promise<Series> {
    const registry = await adminUnitRegistry();
    const unit = requireUnit(registry, unitId, 'unit');
    const indicator = requireIndicator(indicatorCode);
    const periods = seriesPeriods(requirePeriod(from, 'from'), requirePeriod(to, 'to'));
    return buildSeries(ctx, registry, { unit, indicator, level, periods, basis });
  }

  @FieldResolver(() => Unit, { description: 'Đơn vị được hỏi. / The unit asked for.' })
  unit(@Root() series: Series, @Ctx() ctx: Context): Promise<Unit> {
    return loadUnit(ctx, series.unitId);
  }

  @FieldResolver(() => Indicator, { description: 'Chỉ số. / The indicator.' })
  indicator(@Root() series: Series, @Ctx() ctx: Context): Promise<Indicator> {
    return loadIndicator(ctx, series.indicatorCode);
  }
}

/** Districts of a province side by side. */
@Resolver(() => DistrictComparison)
export class DistrictComparisonResolver {
  @Query(() => DistrictComparison, {
    description:
      'So sánh các huyện của một tỉnh theo một chỉ số, cấp học và kỳ, kèm số liệu của tỉnh như đã công bố và tổng hợp. / A province’s districts side by side, with the province as published and as aggregated.',
  })
  async districtComparison(
    @Arg('province', () => ID, { description: 'Khóa tỉnh. / Province id.' }) provinceId: string,
    @Arg('indicator', () => String, { description: 'Mã chỉ số. / Indicator code.' }) indicatorCode: string,
    @Arg('level', () => LevelValue, { description: 'Cấp học. / Level.' }) level: Level,
    @Arg('period', () => String, { description: 'Kỳ. / Period key.' }) period: string,
    @Ctx() ctx: Context,
  ): Promise<DistrictComparison> {
    const registry = await adminUnitRegistry();
    const province = requireUnit(registry, provinceId, 'province');
    if (province.kind !== 'province') {
      throw userError('BAD_USER_INPUT', `"${provinceId}" không phải là tỉnh`, `"${provinceId}" is not a province`, { argumentName: 'province' });
    }
    return buildDistrictComparison(ctx, registry, { province, indicator: requireIndicator(indicatorCode), level, period: requirePeriod(period, 'period') });
  }

  @FieldResolver(() => Unit, { description: 'Tỉnh. / The province.' })
  province(@Root() comparison: DistrictComparison, @Ctx() ctx: Context): Promise<Unit> {
    return loadUnit(ctx, comparison.provinceId);
  }

  @FieldResolver(() => Indicator, { description: 'Chỉ số. / The indicator.' })
  indicator(@Root() comparison: DistrictComparison, @Ctx() ctx: Context): Promise<Indicator> {
    return loadIndicator(ctx, comparison.indicatorCode);
  }
}

/** The district of each line of a comparison. */
@Resolver(() => DistrictFigure)
export class DistrictFigureResolver {
  @FieldResolver(() => Unit, { description: 'Huyện. / The district.' })
  unit(@Root() figure: DistrictFigure, @Ctx() ctx: Context): Promise<Unit> {
    return loadUnit(ctx, figure.unitId);
  }
}
