import { GraphQLLocalDate } from 'graphql-scalars';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { emptyPage, PageArgs, pageRequest, toConnection, type ConnectionValue } from '../common/page.js';
import { fetchPages } from '../common/page-query.js';
import type { Context } from '../context.js';
import { UnitEntity } from './unit.entity.js';
import type { UnitSuccessionRow } from './unit.loaders.js';
import { unitFromEntity } from './unit.mapper.js';
import { unitByCodeQuery, unitListSource } from './unit.queries.js';
import { Unit, UnitConnection, UnitFilter, UnitSuccessionConnection, type UnitSuccessionEdge } from './unit.type.js';

const successionConnection = (page: Parameters<typeof toConnection<UnitSuccessionRow, Unit>>[0]) =>
  toConnection<UnitSuccessionRow, Unit, UnitSuccessionEdge>(page, (row) => row.node, (row, cursor) => ({ ...row, cursor }));

/** Administrative units: lookups, search, the tree and the 2025 reform's successions. */
@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => Unit, { nullable: true, description: 'Đơn vị theo khóa ("848", "86@2025"); null nếu không có. / The unit with this id, or null.' })
  unit(@Arg('id', () => ID, { description: 'Khóa đơn vị. / The unit id.' }) id: string, @Ctx() ctx: Context): Promise<Unit | null> {
    return ctx.loaders.unit.byId.load(id);
  }

  @Query(() => Unit, {
    nullable: true,
    description:
      'Đơn vị mang mã này vào ngày cho trước; không có ngày thì lấy đơn vị mới nhất mang mã (mã có thể được dùng lại sau cải cách). / The unit carrying this GSO code on a date; without a date, the latest one.',
  })
  async unitByCode(
    @Arg('code', () => String, { description: 'Mã Cục Thống kê. / GSO code.' }) code: string,
    @Arg('validOn', () => GraphQLLocalDate, { nullable: true, description: 'Ngày tra cứu. / Date of the lookup.' }) validOn: string | null,
    @Ctx() ctx: Context,
  ): Promise<Unit | null> {
    const { rows } = await unitByCodeQuery(code, validOn ?? null).execute(ctx.db);
    return rows[0] ? unitFromEntity(ctx.em.map(UnitEntity, rows[0])) : null;
  }

  @Query(() => UnitConnection, {
    description: 'Danh sách đơn vị hành chính, lọc và tìm theo tên. / Administrative units, filtered or searched by name.',
  })
  async units(
    @Arg('filter', () => UnitFilter, { nullable: true, description: 'Điều kiện lọc. / Filters.' }) filter: UnitFilter | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionValue<Unit>> {
    const request = pageRequest(args);
    const pages = await fetchPages(ctx.db, unitListSource(filter ?? {}), request);
    const page = pages.get('') ?? emptyPage(request);
    return toConnection(page, (row) => unitFromEntity(ctx.em.map(UnitEntity, row)));
  }

  @FieldResolver(() => Unit, {
    nullable: true,
    description: 'Đơn vị cấp trên trong cùng thời kỳ (huyện của xã cũ, tỉnh của huyện hoặc xã mới). / The parent unit in the same era.',
  })
  parent(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Unit | null> | null {
    return unit.parentId === null ? null : ctx.loaders.unit.byId.load(unit.parentId);
  }

  @FieldResolver(() => Unit, { description: 'Tỉnh chứa đơn vị (chính nó nếu là tỉnh). / The province of the unit (itself for a province).' })
  async province(@Root() unit: Unit, @Ctx() ctx: Context): Promise<Unit> {
    const province = await ctx.loaders.unit.byId.load(unit.provinceId);
    if (!province) throw new Error(`unit ${unit.id} refers to missing province ${unit.provinceId}`);
    return province;
  }

  @FieldResolver(() => UnitConnection, {
    description:
      'Đơn vị cấp dưới; có ngày thì theo cấp trên vào ngày đó và chỉ đơn vị còn hiệu lực. / Units directly under this one; on a date, as the tree stood that day.',
  })
  async children(
    @Root() unit: Unit,
    @Arg('validOn', () => GraphQLLocalDate, { nullable: true, description: 'Cây hành chính vào ngày này. / The tree as it stood on this date.' })
    validOn: string | null,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<ConnectionValue<Unit>> {
    const page = await ctx.loaders.unit.children.load({ parentId: unit.id, variant: { validOn: validOn ?? null }, page: pageRequest(args) });
    return toConnection(page, (child) => child);
  }

  @FieldResolver(() => UnitSuccessionConnection, {
    description: 'Các đơn vị mới mà đơn vị này chuyển vào ngày 01/7/2025. / The new units this one passed into on 1 July 2025.',
  })
  async successors(@Root() unit: Unit, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): Promise<ConnectionValue<Unit, UnitSuccessionEdge>> {
    return successionConnection(await ctx.loaders.unit.successors.load({ parentId: unit.id, variant: null, page: pageRequest(args) }));
  }

  @FieldResolver(() => UnitSuccessionConnection, {
    description: 'Các đơn vị cũ đã chuyển (toàn bộ hay một phần) vào đơn vị này. / The old units that passed wholly or partly into this one.',
  })
  async predecessors(@Root() unit: Unit, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context): Promise<ConnectionValue<Unit, UnitSuccessionEdge>> {
    return successionConnection(await ctx.loaders.unit.predecessors.load({ parentId: unit.id, variant: null, page: pageRequest(args) }));
  }
}
