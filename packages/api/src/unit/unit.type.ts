import type { UnitEra, UnitKind, UnitSuccession } from '@edu-vn/domain';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection.type.js';
import { registerDomainEnum } from '../common/domain-enum.js';

export const UnitKindValue = registerDomainEnum<UnitKind>('UnitKind', 'Cấp hành chính. / Administrative level.', {
  province: 'Tỉnh, thành phố trực thuộc trung ương. / Province or centrally-run city.',
  district: 'Huyện, quận, thị xã, thành phố thuộc tỉnh (bãi bỏ từ 01/7/2025). / District (abolished on 1 July 2025).',
  commune: 'Xã, phường, thị trấn, đặc khu. / Commune, ward, township or special zone.',
});

export const UnitEraValue = registerDomainEnum<UnitEra>('UnitEra', 'Danh mục hành chính mà đơn vị thuộc về. / Which official list the unit belongs to.', {
  'pre-reform': 'Ba cấp, trước 01/7/2025. / The three-level tree before 1 July 2025.',
  'post-reform': 'Hai cấp, từ 01/7/2025. / The two-level list from 1 July 2025.',
});

export const SuccessionRelationValue = registerDomainEnum<UnitSuccession['relation']>(
  'SuccessionRelation',
  'Đơn vị cũ chuyển vào đơn vị mới toàn bộ hay một phần. / Whether the old unit passed wholly or partly into the new one.',
  { full: 'Toàn bộ đơn vị cũ. / The whole old unit.', partial: 'Một phần đơn vị cũ. / Part of the old unit.' },
);

/** An administrative unit as the API shows it; parent and province ids stay internal for the field resolvers. */
@ObjectType({ description: 'Đơn vị hành chính (mã Cục Thống kê), hiện hành hoặc đã giải thể. / An administrative unit (GSO code), current or historical.' })
export class Unit {
  @Field(() => ID, {
    description:
      'Khóa duy nhất qua các thời kỳ: mã trần trước cải cách ("848"), mã + "@2025" sau cải cách ("86@2025"). / Unique across eras: the bare code before the reform, code + "@2025" after it.',
  })
  id!: string;

  @Field(() => String, { description: 'Mã đơn vị hành chính: 2 chữ số tỉnh, 3 huyện, 5 xã; đơn vị mới có thể dùng lại mã cũ. / GSO code; new units may reuse old codes.' })
  code!: string;

  @Field(() => UnitKindValue, { description: 'Cấp hành chính. / Administrative level.' })
  kind!: UnitKind;

  @Field(() => UnitEraValue, { description: 'Trước hay sau cải cách 01/7/2025. / Before or after the 1 July 2025 reform.' })
  era!: UnitEra;

  @Field(() => String, { description: 'Tên đầy đủ, ví dụ "Huyện Cầu Ngang". / Full official name.' })
  name!: string;

  @Field(() => String, { description: 'Tên không có tiền tố, ví dụ "Cầu Ngang". / Name without its prefix.' })
  shortName!: string;

  @Field(() => String, { description: 'Loại đơn vị: "Tỉnh", "Huyện", "Thị xã", "Xã", "Đặc khu"… / GSO type.' })
  type!: string;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Ngày bắt đầu có hiệu lực, nếu biết (null: đã có trong danh mục sớm nhất). / Date from which the unit is valid; null when it is in the earliest list.',
  })
  validFrom!: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Ngày thôi tồn tại (không kể ngày đó); null khi còn hiệu lực. / Date the unit ceased to exist (exclusive); null while it exists.',
  })
  validTo!: string | null;

  @Field(() => Boolean, { description: 'Đơn vị còn hiệu lực. / Whether the unit still exists.' })
  current!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Tên trong danh mục 01/5/2024 nếu khác (áp dụng trước 01/3/2025). / Name in the 2024-05-01 list where it differed.',
  })
  formerName!: string | null;

  parentId!: string | null;
  provinceId!: string;
}

/** Filters of the units list. */
@InputType({ description: 'Lọc danh sách đơn vị hành chính. / Filters for the list of units.' })
export class UnitFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Tìm theo tên, không phân biệt dấu và hoa thường ("cau ngang" tìm thấy "Huyện Cầu Ngang"). / Search by name, ignoring diacritics and case.',
  })
  search?: string | null;

  @Field(() => UnitKindValue, { nullable: true, description: 'Chỉ đơn vị thuộc cấp này. / Only units of this level.' })
  kind?: UnitKind | null;

  @Field(() => UnitEraValue, { nullable: true, description: 'Chỉ đơn vị thuộc thời kỳ này. / Only units of this era.' })
  era?: UnitEra | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Chỉ đơn vị có hiệu lực vào ngày này. / Only units valid on this date.' })
  validOn?: string | null;
}

@ObjectType({ description: 'Danh sách đơn vị hành chính, phân trang. / A paginated list of units.' })
export class UnitConnection extends ConnectionType(Unit, EdgeType('Unit', Unit, 'Một đơn vị trong danh sách. / A unit in a list.')) {}

/** An edge between an old and a new unit of the 2025 reform, from either side. */
@ObjectType({ description: 'Quan hệ kế thừa giữa đơn vị cũ và đơn vị mới (cải cách 01/7/2025). / How an old unit passed into a new one (1 July 2025 reform).' })
export class UnitSuccessionEdge {
  @Field(() => String, { description: 'Con trỏ của phần tử này. / Cursor of this item.' })
  cursor!: string;

  @Field(() => Unit, { description: 'Đơn vị ở đầu kia của quan hệ. / The unit at the other end of the succession.' })
  node!: Unit;

  @Field(() => SuccessionRelationValue, { description: 'Toàn bộ hay một phần đơn vị cũ. / Whether the whole old unit or only part of it.' })
  relation!: 'full' | 'partial';

  @Field(() => GraphQLLocalDate, { description: 'Ngày có hiệu lực. / Date the succession took effect.' })
  effectiveOn!: string;

  @Field(() => Boolean, {
    description: 'Cặp huyện → xã suy ra từ các xã của huyện, không có trong bảng chuyển đổi. / A district pair derived from its communes, not read from the mapping.',
  })
  derived!: boolean;

  @Field(() => Boolean, { description: 'Cặp đã được sửa theo văn bản nghị quyết. / A pair corrected against the text of the resolution.' })
  corrected!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Mức tin cậy của bảng chuyển đổi gốc ("high", "manual:high", "manual:low"). / The source mapping’s own rating of the pair.',
  })
  confidence!: string | null;
}

@ObjectType({ description: 'Danh sách quan hệ kế thừa, phân trang. / A paginated list of successions.' })
export class UnitSuccessionConnection extends ConnectionType(Unit, UnitSuccessionEdge) {}
