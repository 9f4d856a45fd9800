import type { ObservationAction } from '@edu-vn/domain';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import type { FigureEntry } from '../import/figure-entry.js';
import { figureIdsOf } from '../import/load-stored-figures.js';
import { writeEntries } from '../import/run-import.js';
import { mutationError, type MutationError } from './mutation-error.js';
import { issueAsMutationError, saveItemEntry } from './save-item-entry.js';
import { MAX_BATCH, transitionFigures, type TransitionItem } from './transition-figures.js';
import { toUserError } from './user-error.type.js';
import { visibleFigures } from './visible-figures.js';
import { INPUT_ARG } from './input-arg.js';
import {
  ObservationApproveInput,
  ObservationMutationPayload,
  ObservationPublishInput,
  ObservationReturnInput,
  ObservationSaveInput,
  ObservationSubmitInput,
  type ObservationVersionInput,
} from './workflow.type.js';

function transitionItems(items: readonly ObservationVersionInput[]): { items: TransitionItem[]; errors: MutationError[] } {
  const errors: MutationError[] = [];
  const parsed = items.flatMap((item, index) => {
    if (!/^\d{1,9}$/.test(item.id)) {
      errors.push(mutationError(['items', index, 'id'], 'NOT_FOUND', 'unknown_figure', `không có số liệu mã «${item.id}».`, `there is no figure "${item.id}".`));
      return [];
    }
    return [{ id: Number(item.id), version: item.version }];
  });
  return { items: parsed, errors };
}

async function move(ctx: Context, action: ObservationAction, items: readonly ObservationVersionInput[], extra: { comment?: string | null; publishAt?: Date | null } = {}): Promise<ObservationMutationPayload> {
  const parsed = transitionItems(items);
  if (parsed.errors.length > 0) return { observations: [], userErrors: parsed.errors.map(toUserError) };
  const result = await transitionFigures(ctx.em, ctx.principal, { action, items: parsed.items, ...extra });
  if (result.errors.length > 0) return { observations: [], userErrors: result.errors.map(toUserError) };
  return { observations: await visibleFigures(ctx, result.ids), userErrors: [] };
}

/** The review workflow: enter, submit, approve, return and publish figures, each a batch that moves all or nothing. */
@Resolver()
export class WorkflowResolver {
  @Mutation(() => ObservationMutationPayload, {
    description:
      'Phòng nhập hoặc sửa số liệu của huyện mình (mỗi lần sửa là một lần điều chỉnh mới); tất cả hoặc không số nào. / A district enters or corrects its figures (each correction is a new revision); all or none.',
  })
  async observationSave(@Arg('input', () => ObservationSaveInput, INPUT_ARG) input: ObservationSaveInput, @Ctx() ctx: Context): Promise<ObservationMutationPayload> {
    if (input.figures.length === 0 || input.figures.length > MAX_BATCH) {
      const error = mutationError(['figures'], 'BAD_USER_INPUT', 'batch_size', `cần từ 1 đến ${MAX_BATCH} số liệu.`, `give between 1 and ${MAX_BATCH} figures.`);
      return { observations: [], userErrors: [toUserError(error)] };
    }
    const typed = input.figures.map((item, index) => saveItemEntry(item, index, input.submit));
    const errors = typed.flatMap((result) => result.errors);
    if (errors.length > 0) return { observations: [], userErrors: errors.map(toUserError) };
    const entries = typed.map((result) => result.entry as FigureEntry);
    const result = await writeEntries(ctx.em, ctx.principal, entries, [], { fileName: 'API', dryRun: false, requireVersion: true, auditDetails: { source: 'api' } });
    const blocking = result.issues.filter((issue) => issue.severity === 'error');
    if (!result.applied) return { observations: [], userErrors: blocking.map((issue) => toUserError(issueAsMutationError(issue))) };
    const ids = (await figureIdsOf(ctx.db, entries)).filter((id): id is number => id !== null);
    return { observations: await visibleFigures(ctx, ids), userErrors: [] };
  }

  @Mutation(() => ObservationMutationPayload, { description: 'Phòng gửi số liệu nháp lên Sở duyệt. / A district submits draft figures for approval.' })
  observationSubmit(@Arg('input', () => ObservationSubmitInput, INPUT_ARG) input: ObservationSubmitInput, @Ctx() ctx: Context): Promise<ObservationMutationPayload> {
    return move(ctx, 'submit', input.items);
  }

  @Mutation(() => ObservationMutationPayload, { description: 'Sở duyệt số liệu đã gửi. / The provincial department approves submitted figures.' })
  observationApprove(@Arg('input', () => ObservationApproveInput, INPUT_ARG) input: ObservationApproveInput, @Ctx() ctx: Context): Promise<ObservationMutationPayload> {
    return move(ctx, 'approve', input.items, { comment: input.comment ?? null });
  }

  @Mutation(() => ObservationMutationPayload, { description: 'Sở trả lại số liệu cho Phòng sửa, kèm nhận xét. / The department returns figures to the district with a comment.' })
  observationReturn(@Arg('input', () => ObservationReturnInput, INPUT_ARG) input: ObservationReturnInput, @Ctx() ctx: Context): Promise<ObservationMutationPayload> {
    return move(ctx, 'return', input.items, { comment: input.comment });
  }

  @Mutation(() => ObservationMutationPayload, {
    description: 'Sở công bố số liệu đã duyệt, ngay hoặc vào thời điểm hẹn. / The department publishes approved figures, now or at a set time.',
  })
  observationPublish(@Arg('input', () => ObservationPublishInput, INPUT_ARG) input: ObservationPublishInput, @Ctx() ctx: Context): Promise<ObservationMutationPayload> {
    return move(ctx, 'publish', input.items, { publishAt: input.publishAt ?? null });
  }
}
