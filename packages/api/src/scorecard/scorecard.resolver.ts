import { isPeriodKey } from '@edu-vn/domain';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { userError } from '../common/user-error.js';
import type { Context } from '../context.js';
import { keyOfTarget } from '../observation/observation.loaders.js';
import { viewerScope } from '../observation/observation-visibility.js';
import { Observation } from '../observation/observation.type.js';
import { Target } from '../target/target.type.js';
import { buildScorecard } from './build-scorecard.js';
import { judgeTarget } from './judge-target.js';
import { Attainment, Scorecard } from './scorecard.type.js';

/** A unit's scorecard for a period. */
@Resolver(() => Scorecard)
export class ScorecardResolver {
  @Query(() => Scorecard, {
    description:
      'Mọi chỉ tiêu đơn vị đặt ra cho kỳ, kèm kết quả và đánh giá đạt/không đạt, theo cấp học. / Every target the unit set for the period, with its figure and attainment, by level.',
  })
  async scorecard(
    @Arg('unit', () => ID, { description: 'Khóa đơn vị, ví dụ "850". / Unit id, e.g. "850".' }) unitId: string,
    @Arg('period', () => String, { description: 'Kỳ, ví dụ "2024-2025". / Period key, e.g. "2024-2025".' }) period: string,
    @Ctx() ctx: Context,
  ): Promise<Scorecard> {
    if (!isPeriodKey(period)) throw userError('BAD_USER_INPUT', `Kỳ không hợp lệ: "${period}"`, `Invalid period key: "${period}"`, { argumentName: 'period' });
    const unit = await ctx.loaders.unit.byId.load(unitId);
    if (!unit) throw userError('NOT_FOUND', `Không có đơn vị "${unitId}"`, `No unit "${unitId}"`, { argumentName: 'unit' });
    return buildScorecard(ctx, unit, period);
  }
}

/** Each target's figure and attainment, batched across a list of targets. */
@Resolver(() => Target)
export class TargetAttainmentResolver {
  @FieldResolver(() => Observation, { nullable: true, description: 'Kết quả thực hiện của chỉ tiêu; null khi chưa có. / The target’s actual figure, or null.' })
  actual(@Root() target: Target, @Ctx() ctx: Context): Promise<Observation | null> {
    return ctx.loaders.observation.visibleTo(viewerScope(ctx)).byKey.load(keyOfTarget(target));
  }

  @FieldResolver(() => Attainment, { description: 'Đạt hay không, tính từ chỉ tiêu và kết quả. / Whether the target was met, computed from its figure.' })
  async attainment(@Root() target: Target, @Ctx() ctx: Context): Promise<Attainment> {
    const [actual, indicator] = await Promise.all([
      ctx.loaders.observation.visibleTo(viewerScope(ctx)).byKey.load(keyOfTarget(target)),
      ctx.loaders.indicator.byCode.load(target.indicatorCode),
    ]);
    if (!indicator) throw new Error(`target ${target.id} refers to missing indicator ${target.indicatorCode}`);
    return judgeTarget(target, actual, indicator);
  }
}
