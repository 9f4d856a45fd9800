import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { emptyPage, PageArgs, pageRequest, toConnection, type ConnectionValue } from '../common/page.js';
import { fetchPages } from '../common/page-query.js';
import type { Context } from '../context.js';
import { Unit } from '../unit/unit.type.js';
import { PlanEntity } from './plan.entity.js';
import { planFromEntity } from './plan.mapper.js';
import { planListSource } from './plan.queries.js';
import { Deadline, DeadlineConnection, Plan, PlanConnection, PlanFilter, TaskGroup, TaskGroupConnection } from './plan.type.js';

/** Plan documents with their task groups, deadlines and full text. */
@Resolver(() => Plan)
export class PlanResolver {
  @Query(() => Plan, { nullable: true, description: 'Kế hoạch theo mã ("003"); null nếu không có. / The plan with this id, or null.' })
  plan(@Arg('id', () => ID, { description: 'Mã kế hoạch. / Plan id.' }) id: string, @Ctx() ctx: Context): Promise<Plan | null> {
    return ctx.loaders.plan.byId.load(id);
  }

  @Query(() => PlanConnection, { description: 'Các văn bản kế hoạch. / The plan documents.' })
  async plans(
    @Arg('filter', () => PlanFilter, { nullable: true, description: 'Điều kiện lọc. / Filters.' }) filter: PlanFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionValue<Plan>> {
    const request = pageRequest(args);
    const page = (await fetchPages(ctx.db, planListSource(filter ?? {}), request)).get('') ?? emptyPage(request);
    return toConnection(page, (row) => planFromEntity(ctx.em.map(PlanEntity, row)));
  }

  @FieldResolver(() => Unit, { description: 'Đơn vị (huyện) mà kế hoạch đặt ra cho. / The unit (district) the plan is for.' })
  async unit(@Root() plan: Plan, @Ctx() ctx: Context): Promise<Unit> {
    const unit = await ctx.loaders.unit.byId.load(plan.unitId);
    if (!unit) throw new Error(`plan ${plan.id} refers to missing unit ${plan.unitId}`);
    return unit;
  }

  @FieldResolver(() => String, {
    description: 'Toàn văn kế hoạch (văn bản công khai, trích từ PDF). / The full text of the plan (a public document, extracted from its PDF).',
  })
  async text(@Root() plan: Plan, @Ctx() ctx: Context): Promise<string> {
    return (await ctx.loaders.plan.text.load(plan.id))?.text ?? '';
  }

  @FieldResolver(() => TaskGroupConnection, { description: 'Các nhóm nhiệm vụ, giải pháp theo thứ tự văn bản. / Task groups in document order.' })
  async taskGroups(@Root() plan: Plan, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): Promise<ConnectionValue<TaskGroup>> {
    const page = await ctx.loaders.plan.taskGroups.load({ parentId: plan.id, variant: null, page: pageRequest(args) });
    return toConnection(page, (group) => group);
  }

  @FieldResolver(() => DeadlineConnection, { description: 'Các hạn báo cáo theo thứ tự văn bản. / Reporting deadlines in document order.' })
  async deadlines(@Root() plan: Plan, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): Promise<ConnectionValue<Deadline>> {
    const page = await ctx.loaders.plan.deadlines.load({ parentId: plan.id, variant: null, page: pageRequest(args) });
    return toConnection(page, (deadline) => deadline);
  }
}

/** The plans set for a unit. */
@Resolver(() => Unit)
export class UnitPlansResolver {
  @FieldResolver(() => PlanConnection, { description: 'Các kế hoạch đặt ra cho đơn vị này. / The plans set for this unit.' })
  async plans(@Root() unit: Unit, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): Promise<ConnectionValue<Plan>> {
    const page = await ctx.loaders.plan.byUnit.load({ parentId: unit.id, variant: null, page: pageRequest(args) });
    return toConnection(page, (plan) => plan);
  }
}
