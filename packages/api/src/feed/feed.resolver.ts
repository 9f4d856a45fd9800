import type { UnitKind } from '@edu-vn/domain';
import { sql } from 'kysely';
import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { isAllowed } from '../auth/policy.js';
import { PageArgs, pageRequest } from '../common/page.js';
import { userError } from '../common/user-error.js';
import type { Context } from '../context.js';
import { readChanges, type FeedScope } from './observation-changes.js';
import { ObservationChangeConnection } from './observation-change.type.js';

function forbidden(): Error {
  return userError('FORBIDDEN', 'Cần mã truy cập của cán bộ có quyền với đơn vị này', 'An officer token with rights over this unit is needed');
}

/** The change feed the Sở pulls: what changed since its last pull, corrections included. */
@Resolver()
export class FeedResolver {
  @Query(() => ObservationChangeConnection, {
    description:
      'Các thay đổi số liệu sau con trỏ "after", theo thứ tự, cả điều chỉnh; cho cán bộ. Mặc định: mọi đơn vị mà người gọi được xem. / Changes of figures after the "after" cursor, in order, corrections included; for officers. By default every unit the caller may see.',
  })
  async observationChanges(
    @Arg('unit', () => ID, { nullable: true, description: 'Một tỉnh hoặc một huyện. / A province or a district.' }) unitId: string | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ObservationChangeConnection> {
    const { principal } = ctx;
    if (principal.kind === 'anonymous') throw forbidden();
    let scope: FeedScope;
    const target = unitId ?? (principal.role === 'admin' ? null : principal.unit?.id ?? null);
    if (target === null) {
      if (principal.role !== 'admin') throw forbidden();
      scope = { kind: 'all' };
    } else {
      const { rows } = await sql<{ id: string; kind: UnitKind; province_id: string }>`select id, kind, province_id from admin_unit where id = ${target}`.execute(ctx.db);
      const unit = rows[0];
      if (!unit || !isAllowed(principal, 'feed.read', { id: unit.id, kind: unit.kind, provinceId: unit.province_id })) throw forbidden();
      scope = unit.kind === 'province' ? { kind: 'province', provinceId: unit.id } : { kind: 'unit', unitId: unit.id };
    }
    const request = pageRequest(args);
    const page = await readChanges(ctx.db, scope, request);
    const endCursor = page.cursors.at(-1) ?? null;
    return {
      nodes: page.changes,
      edges: page.changes.map((node, index) => ({ node, cursor: page.cursors[index] ?? '' })),
      pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: request.after !== null, startCursor: page.cursors[0] ?? null, endCursor },
      totalCount: page.total,
      resumeCursor: endCursor ?? request.cursor,
    };
  }
}
