import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { Observation } from '../observation/observation.type.js';

/** What an officer needs on a figure to act on it: its version and any scheduled publication. */
@Resolver(() => Observation)
export class ObservationWorkflowResolver {
  @FieldResolver(() => Int, {
    description:
      'Phiên bản hiện tại; gửi lại khi duyệt, trả lại, công bố hay sửa để không ghi đè thay đổi của người khác. / The current version; send it back with any action so nobody’s change is silently overwritten.',
  })
  async version(@Root() observation: Observation, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.workflow.versionById.load(Number(observation.id))) ?? 0;
  }

  @FieldResolver(() => GraphQLDateTimeISO, {
    nullable: true,
    description:
      'Thời điểm hẹn công bố của số liệu đã duyệt; chỉ người thấy được bản đã duyệt mới thấy. / When an approved figure is scheduled to be published; shown only to those who see the approved revision.',
  })
  async scheduledPublication(@Root() observation: Observation, @Ctx() ctx: Context): Promise<Date | null> {
    if (observation.status !== 'approved') return null;
    return ctx.loaders.workflow.releaseById.load(Number(observation.id));
  }
}
