import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { userError } from '../common/user-error.js';
import type { Context } from '../context.js';
import { Indicator } from '../indicator/indicator.type.js';
import { requirePeriod, requireUnit } from '../rebase/figure-arguments.js';
import { adminUnitRegistry } from '../unit/admin-unit-registry.js';
import { Unit } from '../unit/unit.type.js';
import { buildProvinceScorecard } from './build-province-scorecard.js';
import { ProvinceScorecard, ProvinceScorecardFigure, ProvinceScorecardUnit } from './province-scorecard.type.js';

/** Loads a unit for a field, failing loudly when the scorecard names a unit the database lacks. */
async function loadUnit(ctx: Context, id: string): Promise<Unit> {
  const unit = await ctx.loaders.unit.byId.load(id);
  if (!unit) throw new Error(`province scorecard refers to missing unit ${id}`);
  return unit;
}

/** A province's scorecard for a period: the query analysts run most. */
@Resolver(() => ProvinceScorecard)
export class ProvinceScorecardResolver {
  @Query(() => ProvinceScorecard, {
    description:
      'Bảng tổng hợp của một tỉnh trong một kỳ: số chỉ tiêu đạt, không đạt, chưa có số liệu của từng huyện (xã, với tỉnh sau sáp nhập) và số liệu chung của tỉnh theo chỉ số, cấp học, tính từ số liệu đã công bố. / A province’s scorecard for a period: each district’s (each commune’s, for a post-reform province) targets met, not met and without data, and the province’s own figures by indicator and level, computed from published figures.',
  })
  async provinceScorecard(
    @Arg('province', () => ID, { description: 'Khóa tỉnh, cũ ("84") hoặc mới ("86@2025"). / Province id, old ("84") or new ("86@2025").' }) provinceId: string,
    @Arg('period', () => String, { description: 'Kỳ, ví dụ "2024-2025". / Period key, e.g. "2024-2025".' }) period: string,
    @Ctx() ctx: Context,
  ): Promise<ProvinceScorecard> {
    const registry = await adminUnitRegistry();
    const province = requireUnit(registry, provinceId, 'province');
    if (province.kind !== 'province') {
      throw userError('BAD_USER_INPUT', `"${provinceId}" không phải là tỉnh`, `"${provinceId}" is not a province`, { argumentName: 'province' });
    }
    return buildProvinceScorecard(ctx, registry, province, requirePeriod(period, 'period'));
  }

  @FieldResolver(() => Unit, { description: 'Tỉnh. / The province.' })
  province(@Root() scorecard: ProvinceScorecard, @Ctx() ctx: Context): Promise<Unit> {
    return loadUnit(ctx, scorecard.provinceId);
  }
}

/** The unit of each line of a province scorecard, batched. */
@Resolver(() => ProvinceScorecardUnit)
export class ProvinceScorecardUnitResolver {
  @FieldResolver(() => Unit, { description: 'Đơn vị trực thuộc (huyện, hoặc xã với tỉnh sau sáp nhập). / The unit (a district, or a commune of a post-reform province).' })
  unit(@Root() line: ProvinceScorecardUnit, @Ctx() ctx: Context): Promise<Unit> {
    return loadUnit(ctx, line.unitId);
  }
}

/** The indicator of each province figure, batched. */
@Resolver(() => ProvinceScorecardFigure)
export class ProvinceScorecardFigureResolver {
  @FieldResolver(() => Indicator, { description: 'Chỉ số. / The indicator.' })
  async indicator(@Root() figure: ProvinceScorecardFigure, @Ctx() ctx: Context): Promise<Indicator> {
    const indicator = await ctx.loaders.indicator.byCode.load(figure.indicatorCode);
    if (!indicator) throw new Error(`province figure refers to missing indicator ${figure.indicatorCode}`);
    return indicator;
  }
}
