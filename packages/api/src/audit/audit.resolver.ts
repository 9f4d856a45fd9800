import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import { isAllowedEverywhere } from '../auth/policy.js';
import { emptyPage, PageArgs, pageRequest, toConnection, type ConnectionValue } from '../common/page.js';
import { fetchPages } from '../common/page-query.js';
import { userError } from '../common/user-error.js';
import type { Context } from '../context.js';
import { AuditEvent, AuditEventConnection, AuditEventFilter } from './audit-event.type.js';
import { auditEventFromRow, auditLogSource } from './audit-log.js';

/** The audit log, for administrators. */
@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: 'Nhật ký thay đổi: ai đã thay đổi gì, khi nào; chỉ quản trị viên. / Who changed what and when; administrators only.' })
  async auditEvents(
    @Arg('filter', () => AuditEventFilter, { nullable: true, description: 'Điều kiện lọc. / Filters.' }) filter: AuditEventFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionValue<AuditEvent>> {
    if (!isAllowedEverywhere(ctx.principal, 'audit.read')) {
      throw userError('FORBIDDEN', 'Chỉ quản trị viên được xem nhật ký', 'Only administrators may read the audit log');
    }
    const request = pageRequest(args);
    const page = (await fetchPages(ctx.db, auditLogSource(filter ?? {}), request)).get('') ?? emptyPage(request);
    return toConnection(page, auditEventFromRow);
  }
}
