import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { parseDisaggregation } from '../import/disaggregation-label.js';
import { mutationError } from './mutation-error.js';
import { createPlan } from './plan-create.js';
import { PlanCreateInput, PlanCreatePayload, TargetSetInput, TargetSetPayload } from './plan-target.type.js';
import { setTarget } from './target-set.js';
import { toUserError } from './user-error.type.js';
import { INPUT_ARG } from './input-arg.js';

/** A district's plans and targets, entered through the API. */
@Resolver()
export class PlanTargetResolver {
  @Mutation(() => PlanCreatePayload, { description: 'Phòng tạo một kế hoạch của huyện mình. / A district office creates one of its plans.' })
  async planCreate(@Arg('input', () => PlanCreateInput, INPUT_ARG) input: PlanCreateInput, @Ctx() ctx: Context): Promise<PlanCreatePayload> {
    const result = await createPlan(ctx.em, ctx.principal, {
      unitId: input.unit,
      period: input.period,
      number: input.number ?? null,
      title: input.title,
      issuer: input.issuer,
      issuedOn: input.issuedOn ?? null,
      signerName: input.signerName ?? null,
      signerTitle: input.signerTitle ?? null,
      theme: input.theme ?? null,
      source: input.source,
      text: input.text,
    });
    if (result.id === null) return { plan: null, userErrors: result.errors.map(toUserError) };
    return { plan: await ctx.loaders.plan.byId.load(result.id), userErrors: [] };
  }

  @Mutation(() => TargetSetPayload, {
    description: 'Phòng đặt một chỉ tiêu của kế hoạch bằng lời văn của kế hoạch (máy đọc phép so sánh và giá trị). / A district sets a target in the plan’s words (comparator and value are read from them).',
  })
  async targetSet(@Arg('input', () => TargetSetInput, INPUT_ARG) input: TargetSetInput, @Ctx() ctx: Context): Promise<TargetSetPayload> {
    const disaggregation = input.disaggregation ? parseDisaggregation(input.disaggregation.by === 'grade' ? `lop ${input.disaggregation.value}` : `${input.disaggregation.by}=${input.disaggregation.value}`) : null;
    if (disaggregation === undefined) {
      return { target: null, userErrors: [toUserError(mutationError(['disaggregation'], 'BAD_USER_INPUT', 'unknown_breakdown', 'phân tổ không hợp lệ.', 'invalid breakdown.'))] };
    }
    const result = await setTarget(ctx.em, ctx.principal, {
      planId: input.plan,
      section: input.section,
      indicator: input.indicator,
      level: input.level,
      wording: input.wording,
      quote: input.quote ?? null,
      disaggregation,
      period: input.period ?? null,
      note: input.note ?? null,
    });
    if (result.id === null) return { target: null, userErrors: result.errors.map(toUserError) };
    return { target: await ctx.loaders.target.byId.load(result.id), userErrors: [] };
  }
}
