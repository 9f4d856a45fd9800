import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { emptyPage, PageArgs, pageRequest, toConnection, type ConnectionValue } from '../common/page.js';
import { fetchPages } from '../common/page-query.js';
import type { Context } from '../context.js';
import { IndicatorEntity } from './indicator.entity.js';
import { indicatorFromEntity } from './indicator.mapper.js';
import { indicatorListSource } from './indicator.queries.js';
import { Distribution, Indicator, IndicatorConnection, IndicatorFilter } from './indicator.type.js';

/** The indicator catalogue. */
@Resolver(() => Indicator)
export class IndicatorResolver {
  @Query(() => Indicator, { nullable: true, description: 'Chỉ số theo mã; null nếu không có. / The indicator with this code, or null.' })
  indicator(@Arg('code', () => String, { description: 'Mã chỉ số. / Indicator code.' }) code: string, @Ctx() ctx: Context): Promise<Indicator | null> {
    return ctx.loaders.indicator.byCode.load(code);
  }

  @Query(() => IndicatorConnection, { description: 'Danh mục chỉ số, theo thứ tự nhóm. / The indicator catalogue, theme by theme.' })
  async indicators(
    @Arg('filter', () => IndicatorFilter, { nullable: true, description: 'Điều kiện lọc. / Filters.' }) filter: IndicatorFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionValue<Indicator>> {
    const request = pageRequest(args);
    const page = (await fetchPages(ctx.db, indicatorListSource(filter ?? {}), request)).get('') ?? emptyPage(request);
    return toConnection(page, (row) => indicatorFromEntity(ctx.em.map(IndicatorEntity, row)));
  }

  @FieldResolver(() => Distribution, {
    nullable: true,
    description: 'Phân bố mà chỉ số là một mức của nó. / The distribution this indicator is a band of.',
  })
  distribution(@Root() indicator: Indicator, @Ctx() ctx: Context): Promise<Distribution | null> | null {
    return indicator.distributionCode === null ? null : ctx.loaders.indicator.distributionByCode.load(indicator.distributionCode);
  }
}

/** The bands of a distribution. */
@Resolver(() => Distribution)
export class DistributionResolver {
  @FieldResolver(() => [Indicator], { description: 'Các mức, tốt nhất trước. / The bands, best first.' })
  async bands(@Root() distribution: Distribution, @Ctx() ctx: Context): Promise<Indicator[]> {
    const bands = await ctx.loaders.indicator.byCode.loadMany(distribution.bandCodes);
    return bands.filter((band): band is Indicator => band !== null && !(band instanceof Error));
  }
}
