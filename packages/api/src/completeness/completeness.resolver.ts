import { DomainError, parsePeriod } from '@edu-vn/domain';
import { sql } from 'kysely';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { isAllowed } from '../auth/policy.js';
import { userError } from '../common/user-error.js';
import type { Context } from '../context.js';
import { CompletenessReport } from './completeness.type.js';
import { loadCompleteness } from './load-completeness.js';

/** The Sở's view of who submitted what for a period. */
@Resolver()
export class CompletenessResolver {
  @Query(() => CompletenessReport, {
    description:
      'Tình hình nộp số liệu của các huyện trong tỉnh cho một kỳ, so với hạn trong lịch báo cáo của kế hoạch; cán bộ Sở xem cả tỉnh, cán bộ Phòng xem huyện mình. / Which districts of a province submitted what for a period, against their plans’ deadlines; province officers see every district, district officers their own.',
  })
  async completeness(
    @Arg('province', () => ID, { description: 'Tỉnh. / Province.' }) province: string,
    @Arg('period', () => String, { description: 'Kỳ: "2024-2025"… / Period.' }) period: string,
    @Ctx() ctx: Context,
  ): Promise<CompletenessReport> {
    try {
      parsePeriod(period);
    } catch (caught) {
      if (caught instanceof DomainError) throw userError('BAD_USER_INPUT', caught.messageVi, caught.messageEn, { argumentName: 'period' });
      throw caught;
    }
    const { rows } = await sql<{ id: string }>`select id from admin_unit where id = ${province} and kind = 'province'`.execute(ctx.db);
    if (rows[0] === undefined) throw userError('NOT_FOUND', `Không có tỉnh «${province}»`, `There is no province "${province}"`, { argumentName: 'province' });
    const now = new Date();
    const districts = (await loadCompleteness(ctx.db, province, period, now)).filter((district) =>
      isAllowed(ctx.principal, 'completeness.read', { id: district.unitId, kind: 'district', provinceId: province }),
    );
    if (districts.length === 0 && !isAllowed(ctx.principal, 'completeness.read', { id: province, kind: 'province', provinceId: province })) {
      throw userError('FORBIDDEN', 'Cần mã truy cập của cán bộ tỉnh hoặc huyện này', 'An officer token of this province or one of its districts is needed');
    }
    return { provinceId: province, period, generatedAt: now, districts };
  }
}
