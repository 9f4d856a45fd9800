import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { emptyPage, PageArgs, pageRequest, toConnection, type ConnectionValue } from '../common/page.js';
import { fetchPages } from '../common/page-query.js';
import { userError } from '../common/user-error.js';
import type { Context } from '../context.js';
import { Indicator } from '../indicator/indicator.type.js';
import { Plan } from '../plan/plan.type.js';
import { Unit } from '../unit/unit.type.js';
import { TargetEntity } from './target.entity.js';
import { targetFromEntity } from './target.mapper.js';
import { targetSource } from './target.queries.js';
import { Target, TargetConnection, TargetFilter } from './target.type.js';

const filterArg = { nullable: true, description: 'Điều kiện lọc. / Filters.' } as const;

/** A filter naming a unit, plan or indicator that does not exist is a mistake worth reporting, not an empty list. */
async function assertFilterRefersToExisting(filter: TargetFilter, ctx: Context): Promise<void> {
  const [unit, plan, indicator] = await Promise.all([
    filter.unit ? ctx.loaders.unit.byId.load(filter.unit) : true,
    filter.plan ? ctx.loaders.plan.byId.load(filter.plan) : true,
    filter.indicator ? ctx.loaders.indicator.byCode.load(filter.indicator) : true,
  ]);
  if (!unit) throw userError('NOT_FOUND', `Không có đơn vị "${filter.unit}"`, `No unit "${filter.unit}"`, { argumentName: 'filter.unit' });
  if (!plan) throw userError('NOT_FOUND', `Không có kế hoạch "${filter.plan}"`, `No plan "${filter.plan}"`, { argumentName: 'filter.plan' });
  if (!indicator) {
    throw userError('NOT_FOUND', `Không có chỉ số "${filter.indicator}"`, `No indicator "${filter.indicator}"`, { argumentName: 'filter.indicator' });
  }
}

/** Targets: lookups, filtered lists and their plan, indicator and unit. */
@Resolver(() => Target)
export class TargetResolver {
  @Query(() => Target, { nullable: true, description: 'Chỉ tiêu theo khóa; null nếu không có. / The target with this id, or null.' })
  target(@Arg('id', () => ID, { description: 'Khóa chỉ tiêu. / Target id.' }) id: string, @Ctx() ctx: Context): Promise<Target | null> {
    return ctx.loaders.target.byId.load(id);
  }

  @Query(() => TargetConnection, {
    description: 'Chỉ tiêu, lọc theo đơn vị, kế hoạch, chỉ số, cấp học, kỳ; theo thứ tự kế hoạch và văn bản. / Targets by unit, plan, indicator, level and period.',
  })
  async targets(
    @Arg('filter', () => TargetFilter, filterArg) filter: TargetFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionValue<Target>> {
    const request = pageRequest(args);
    await assertFilterRefersToExisting(filter ?? {}, ctx);
    const page = (await fetchPages(ctx.db, targetSource(filter ?? {}), request)).get('') ?? emptyPage(request);
    return toConnection(page, (row) => targetFromEntity(ctx.em.map(TargetEntity, row)));
  }

  @FieldResolver(() => Plan, { description: 'Kế hoạch đặt ra chỉ tiêu. / The plan that sets the target.' })
  async plan(@Root() target: Target, @Ctx() ctx: Context): Promise<Plan> {
    const plan = await ctx.loaders.plan.byId.load(target.planId);
    if (!plan) throw new Error(`target ${target.id} refers to missing plan ${target.planId}`);
    return plan;
  }

  @FieldResolver(() => Indicator, { description: 'Chỉ số của chỉ tiêu. / The indicator the target is for.' })
  async indicator(@Root() target: Target, @Ctx() ctx: Context): Promise<Indicator> {
    const indicator = await ctx.loaders.indicator.byCode.load(target.indicatorCode);
    if (!indicator) throw new Error(`target ${target.id} refers to missing indicator ${target.indicatorCode}`);
    return indicator;
  }

  @FieldResolver(() => Unit, { description: 'Đơn vị mà chỉ tiêu đặt ra cho. / The unit the target is set for.' })
  async unit(@Root() target: Target, @Ctx() ctx: Context): Promise<Unit> {
    const unit = await ctx.loaders.unit.byId.load(target.unitId);
    if (!unit) throw new Error(`target ${target.id} refers to missing unit ${target.unitId}`);
    return unit;
  }
}

/** The targets of a plan. */
@Resolver(() => Plan)
export class PlanTargetsResolver {
  @FieldResolver(() => TargetConnection, { description: 'Các chỉ tiêu của kế hoạch, theo thứ tự văn bản. / The plan’s targets in document order.' })
  async targets(
    @Root() plan: Plan,
    @Arg('filter', () => TargetFilter, filterArg) filter: TargetFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionValue<Target>> {
    const page = await ctx.loaders.target.byPlan.load({ parentId: plan.id, variant: { ...filter }, page: pageRequest(args) });
    return toConnection(page, (target) => target);
  }
}

/** The targets set for a unit. */
@Resolver(() => Unit)
export class UnitTargetsResolver {
  @FieldResolver(() => TargetConnection, { description: 'Các chỉ tiêu đặt ra cho đơn vị này. / The targets set for this unit.' })
  async targets(
    @Root() unit: Unit,
    @Arg('filter', () => TargetFilter, filterArg) filter: TargetFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionValue<Target>> {
    const page = await ctx.loaders.target.byUnit.load({ parentId: unit.id, variant: { ...filter }, page: pageRequest(args) });
    return toConnection(page, (target) => target);
  }
}

/** The targets set for an indicator. */
@Resolver(() => Indicator)
export class IndicatorTargetsResolver {
  @FieldResolver(() => TargetConnection, { description: 'Các chỉ tiêu của chỉ số này. / The targets for this indicator.' })
  async targets(
    @Root() indicator: Indicator,
    @Arg('filter', () => TargetFilter, filterArg) filter: TargetFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionValue<Target>> {
    const page = await ctx.loaders.target.byIndicator.load({ parentId: indicator.code, variant: { ...filter }, page: pageRequest(args) });
    return toConnection(page, (target) => target);
  }
}
