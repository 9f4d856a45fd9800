import type { Level } from '@edu-vn/domain';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { LevelValue } from '../common/level.type.js';
import { userError } from '../common/user-error.js';
import type { Context } from '../context.js';
import { viewerScope } from '../observation/observation-visibility.js';
import { adminUnitRegistry } from '../unit/admin-unit-registry.js';
import { Unit } from '../unit/unit.type.js';
import { computeFigure, unitsNeeded } from './compute-figure.js';
import { requireIndicator, requirePeriod, requireUnit } from './figure-arguments.js';
import { fetchFigureTable } from './figure-inputs.js';
import { figureFromAggregate } from './figure-from-aggregate.js';
import { Figure, FigureBasisValue, FigurePart, FigureRefusal, type FigureBasis } from './figure.type.js';

/** Loads a unit for a field, failing loudly when a computed figure names a unit the database lacks. */
async function loadUnit(ctx: Context, id: string): Promise<Unit> {
  const unit = await ctx.loaders.unit.byId.load(id);
  if (!unit) throw new Error(`figure refers to missing unit ${id}`);
  return unit;
}

/** A province's figure as published, aggregated from its districts, or re-based onto the post-reform province. */
@Resolver(() => Figure)
export class ProvinceFigureResolver {
  @Query(() => Figure, {
    description:
      'Số liệu của một tỉnh: như đã công bố, tổng hợp từ các huyện, hoặc tính lại cho tỉnh sau sáp nhập từ các tỉnh cũ (tổng tử số / tổng mẫu số, không lấy trung bình tỷ lệ). / A province’s figure: as published, aggregated from its districts, or re-based onto the post-reform province from its predecessors (summed numerators over summed denominators, never a mean of rates).',
  })
  async provinceFigure(
    @Arg('province', () => ID, { description: 'Khóa tỉnh, cũ ("84") hoặc mới ("86@2025"). / Province id, old or new.' }) provinceId: string,
    @Arg('indicator', () => String, { description: 'Mã chỉ số. / Indicator code.' }) indicatorCode: string,
    @Arg('level', () => LevelValue, { description: 'Cấp học. / Level.' }) level: Level,
    @Arg('period', () => String, { description: 'Kỳ. / Period key.' }) period: string,
    @Arg('basis', () => FigureBasisValue, { defaultValue: 'as_published', description: 'Cách lấy số liệu. / How to obtain the figure.' }) basis: FigureBasis,
    @Ctx() ctx: Context,
  ): Promise<Figure> {
    const registry = await adminUnitRegistry();
    const unit = requireUnit(registry, provinceId, 'province');
    if (unit.kind !== 'province') {
      throw userError('BAD_USER_INPUT', `"${provinceId}" không phải là tỉnh`, `"${provinceId}" is not a province`, { argumentName: 'province' });
    }
    const indicator = requireIndicator(indicatorCode);
    const request = { unit, period: requirePeriod(period, 'period'), basis };
    const scope = viewerScope(ctx);
    if (basis === 'aggregated' && scope.kind === 'none') {
      const figure = await figureFromAggregate(ctx, registry, indicator, { ...request, level });
      if (figure) return figure;
    }
    const table = await fetchFigureTable(ctx, scope, { indicator: indicator.code, level, periods: [period], unitIds: unitsNeeded(registry, request) });
    return computeFigure(registry, indicator, request, table);
  }

  @FieldResolver(() => [FigurePart], { description: 'Các đơn vị cấu thành, với số liệu được tính. / The units it is computed from.' })
  parts(@Root() figure: Figure): FigurePart[] | Promise<FigurePart[]> {
    return figure.loadParts ? figure.loadParts() : figure.parts;
  }

  @FieldResolver(() => Unit, { description: 'Đơn vị mà số liệu nói về (với số liệu tính lại: tỉnh sau sáp nhập). / The unit the figure is for (the post-reform province when re-based).' })
  unit(@Root() figure: Figure, @Ctx() ctx: Context): Promise<Unit> {
    return loadUnit(ctx, figure.unitId);
  }
}

/** The unit of each part of a computed figure. */
@Resolver(() => FigurePart)
export class FigurePartResolver {
  @FieldResolver(() => Unit, { description: 'Đơn vị cấu thành. / The contributing unit.' })
  unit(@Root() part: FigurePart, @Ctx() ctx: Context): Promise<Unit> {
    return loadUnit(ctx, part.unitId);
  }
}

/** The units a refusal names. */
@Resolver(() => FigureRefusal)
export class FigureRefusalResolver {
  @FieldResolver(() => [Unit], { description: 'Các đơn vị gây ra lý do (thiếu số liệu, nhập một phần…). / The units at fault.' })
  units(@Root() refusal: FigureRefusal, @Ctx() ctx: Context): Promise<Unit[]> {
    return Promise.all(refusal.unitIds.map((id) => loadUnit(ctx, id)));
  }
}
