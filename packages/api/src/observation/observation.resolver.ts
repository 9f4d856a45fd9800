import { sql } from 'kysely';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { emptyPage, PageArgs, pageRequest, toConnection, type ConnectionValue } from '../common/page.js';
import { fetchPages } from '../common/page-query.js';
import type { Context } from '../context.js';
import { Indicator } from '../indicator/indicator.type.js';
import { Target } from '../target/target.type.js';
import { Unit } from '../unit/unit.type.js';
import { noticeFor, type Notice } from './illustrative-notice.js';
import { checkObservationFilter } from './observation-filter.js';
import { viewerScope } from './observation-visibility.js';
import { keyOfObservation, observationFromRow } from './observation.mapper.js';
import { observationSource, visibleObservations } from './observation.queries.js';
import { Observation, ObservationConnection, ObservationFilter, ObservationRevision, ObservationRevisionConnection } from './observation.type.js';

const filterArg = { nullable: true, description: 'Điều kiện lọc. / Filters.' } as const;

/** A connection of figures that says when it carries illustrative ones. */
export type ObservationConnectionValue = ConnectionValue<Observation> & { illustrative: boolean; notice: Notice | null };

/** Adds the illustrative flag and notice to a connection of figures. */
export function withNotice(connection: ConnectionValue<Observation>): ObservationConnectionValue {
  const illustrative = connection.nodes.some((node) => node.illustrative);
  return { ...connection, illustrative, notice: noticeFor(illustrative) };
}

/** Figures: the filtered list, one figure, and each figure's indicator, unit, targets and revisions. */
@Resolver(() => Observation)
export class ObservationResolver {
  @Query(() => ObservationConnection, {
    description:
      'Kết quả thực hiện, lọc theo tỉnh, huyện, đơn vị, cấp học, kỳ, chỉ số, bước duyệt; người không đăng nhập chỉ thấy số liệu đã công bố. / Actual figures by province, district, unit, level, period, indicator and status; anonymous callers see published figures only.',
  })
  async observations(
    @Arg('filter', () => ObservationFilter, filterArg) filter: ObservationFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ObservationConnectionValue> {
    const request = pageRequest(args);
    const checked = checkObservationFilter(filter ?? {});
    const page = (await fetchPages(ctx.db, observationSource(viewerScope(ctx), checked), request)).get('') ?? emptyPage(request);
    return withNotice(toConnection(page, observationFromRow));
  }

  @Query(() => Observation, { nullable: true, description: 'Một số liệu theo khóa; null nếu không có hoặc không được xem. / The figure with this id, or null.' })
  async observation(@Arg('id', () => ID, { description: 'Khóa của số liệu. / Id of the figure.' }) id: string, @Ctx() ctx: Context): Promise<Observation | null> {
    if (!/^\d{1,9}$/.test(id)) return null;
    const { rows } = await sql<Record<string, unknown>>`select v.* from (${visibleObservations(viewerScope(ctx))}) v where v.id = ${Number(id)}`.execute(ctx.db);
    return rows[0] === undefined ? null : observationFromRow(rows[0]);
  }

  @FieldResolver(() => Indicator, { description: 'Chỉ số. / The indicator.' })
  async indicator(@Root() observation: Observation, @Ctx() ctx: Context): Promise<Indicator> {
    const indicator = await ctx.loaders.indicator.byCode.load(observation.indicatorCode);
    if (!indicator) throw new Error(`observation ${observation.id} refers to missing indicator ${observation.indicatorCode}`);
    return indicator;
  }

  @FieldResolver(() => Unit, { description: 'Đơn vị báo cáo số liệu. / The unit the figure is reported for.' })
  async unit(@Root() observation: Observation, @Ctx() ctx: Context): Promise<Unit> {
    const unit = await ctx.loaders.unit.byId.load(observation.unitId);
    if (!unit) throw new Error(`observation ${observation.id} refers to missing unit ${observation.unitId}`);
    return unit;
  }

  @FieldResolver(() => [Target], {
    description: 'Các chỉ tiêu mà số liệu này được đối chiếu (cùng đơn vị, chỉ số, cấp học, kỳ). / The targets this figure is judged against.',
  })
  targets(@Root() observation: Observation, @Ctx() ctx: Context): Promise<Target[]> {
    return ctx.loaders.observation.targetsByKey.load(keyOfObservation(observation));
  }

  @FieldResolver(() => ObservationRevisionConnection, {
    description: 'Các lần báo cáo và điều chỉnh, cũ trước; người ngoài chỉ thấy các lần đã công bố. / Reports and corrections, oldest first; published ones only for outsiders.',
  })
  async revisions(@Root() observation: Observation, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): Promise<ConnectionValue<ObservationRevision>> {
    const loaders = ctx.loaders.observation.visibleTo(viewerScope(ctx));
    const page = await loaders.revisions.load({ parentId: observation.id, variant: null, page: pageRequest(args) });
    return toConnection(page, (revision) => revision);
  }
}

/** The figures of a unit. */
@Resolver(() => Unit)
export class UnitObservationsResolver {
  @FieldResolver(() => ObservationConnection, { description: 'Các số liệu báo cáo cho đơn vị này. / The figures reported for this unit.' })
  async observations(
    @Root() unit: Unit,
    @Arg('filter', () => ObservationFilter, filterArg) filter: ObservationFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ObservationConnectionValue> {
    const loaders = ctx.loaders.observation.visibleTo(viewerScope(ctx));
    const page = await loaders.byUnit.load({ parentId: unit.id, variant: { ...checkObservationFilter(filter ?? {}) }, page: pageRequest(args) });
    return withNotice(toConnection(page, (observation) => observation));
  }
}
