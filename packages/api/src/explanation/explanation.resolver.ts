import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { unpublishedScope } from '../auth/policy.js';
import type { Context } from '../context.js';
import { Target } from '../target/target.type.js';
import { toUserError } from '../workflow/user-error.type.js';
import { setExplanation } from './explanation-set.js';
import { ExplanationSetInput, ExplanationSetPayload, TargetExplanation } from './explanation.type.js';
import type { ExplanationRow } from './explanation.loaders.js';
import { INPUT_ARG } from '../workflow/input-arg.js';

/** Whether the caller may read an explanation: everyone once the figure is public, officers of the unit before. */
function canRead(ctx: Context, row: ExplanationRow): boolean {
  if (row.figurePublished) return true;
  const scope = unpublishedScope(ctx.principal);
  switch (scope.kind) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'unit':
      return scope.unitId === row.unitId;
    case 'province':
      return scope.provinceId === row.provinceId;
  }
}

/** The public shape of a loaded explanation, without what only decides who may read it. */
function explanationOf(row: ExplanationRow): TargetExplanation {
  const { cause, remedy, causeEn, remedyEn, illustrative, recordedAt, version } = row;
  return { cause, remedy, causeEn, remedyEn, illustrative, recordedAt, version };
}

/** Explanations of targets not met: recorded by the district, shown beside the target and its figure. */
@Resolver(() => Target)
export class ExplanationResolver {
  @FieldResolver(() => TargetExplanation, {
    nullable: true,
    description: 'Giải trình của huyện khi chỉ tiêu không đạt; công khai khi số liệu đã công bố. / The district’s explanation of a target not met; public once the figure is.',
  })
  async explanation(@Root() target: Target, @Ctx() ctx: Context): Promise<TargetExplanation | null> {
    const row = await ctx.loaders.explanation.byTarget.load(target.id);
    if (row === null || !canRead(ctx, row)) return null;
    return explanationOf(row);
  }

  @Mutation(() => ExplanationSetPayload, {
    description: 'Phòng ghi nguyên nhân và giải pháp cho một chỉ tiêu không đạt. / A district records the cause and remedy of a target not met.',
  })
  async explanationSet(@Arg('input', () => ExplanationSetInput, INPUT_ARG) input: ExplanationSetInput, @Ctx() ctx: Context): Promise<ExplanationSetPayload> {
    const result = await setExplanation(ctx.em, ctx.principal, { targetId: input.target, cause: input.cause, remedy: input.remedy, version: input.version ?? null });
    if (result.id === null) return { explanation: null, userErrors: result.errors.map(toUserError) };
    const row = await ctx.loaders.explanation.byTarget.clear(input.target).load(input.target);
    return { explanation: row && explanationOf(row), userErrors: [] };
  }
}
