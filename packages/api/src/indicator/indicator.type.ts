import type { Direction, Disaggregation, IndicatorTheme, IndicatorUnit, Level } from '@edu-vn/domain';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection.type.js';
import { registerDomainEnum } from '../common/domain-enum.js';
import { LevelValue } from '../common/level.type.js';

export const IndicatorUnitValue = registerDomainEnum<IndicatorUnit>('IndicatorUnit', 'Đơn vị đo của chỉ số. / What an indicator’s values measure.', {
  percent: 'Tỷ lệ phần trăm (0-100). / A percentage (0-100).',
  count: 'Số đếm (trẻ, trường, xã…). / A whole number of children, schools, communes…',
  ordinal: 'Mức độ (ví dụ mức độ 3), không cộng dồn. / An ordinal level, never summed.',
  percentage_points: 'Điểm phần trăm (mức thay đổi của một tỷ lệ). / Percentage points (a change of a rate).',
  ratio: 'Tỷ số (ví dụ học sinh/lớp). / A ratio, e.g. pupils per class.',
  money: 'Tiền đồng. / Vietnamese đồng.',
});

export const DirectionValue = registerDomainEnum<Direction>('Direction', 'Chiều tốt hơn của chỉ số. / Which direction is better.', {
  higher_is_better: 'Càng cao càng tốt. / Higher is better.',
  lower_is_better: 'Càng thấp càng tốt (bỏ học, lưu ban…). / Lower is better (dropout, repetition…).',
  neutral: 'Không có chiều tốt hơn. / Neither direction is better.',
});

export const IndicatorThemeValue = registerDomainEnum<IndicatorTheme>('IndicatorTheme', 'Nhóm chỉ số trên cổng thông tin. / Group of indicators.', {
  access: 'Huy động, đi học. / Enrolment and attendance.',
  efficiency: 'Hoàn thành, tốt nghiệp, bỏ học, lưu ban. / Completion, graduation, dropout, repetition.',
  quality: 'Kết quả học tập, đánh giá, năng lực. / Learning outcomes and assessment.',
  wellbeing: 'Dinh dưỡng, sức khỏe. / Nutrition and health.',
  universalisation: 'Phổ cập giáo dục, xóa mù chữ. / Universalisation and literacy.',
  schools: 'Kiểm định, chuẩn quốc gia, cơ sở vật chất. / Accreditation, national standard, facilities.',
  staff: 'Giáo viên, cán bộ quản lý. / Teachers and managers.',
  digital: 'Chuyển đổi số. / Digital transformation.',
  finance: 'Ngân sách. / Budget.',
});

export const DisaggregationDimensionValue = registerDomainEnum<Disaggregation['by']>(
  'DisaggregationDimension',
  'Cách phân tổ một nhóm dân số. / A breakdown of a population.',
  {
    sex: 'Theo giới tính. / By sex.',
    ethnicity: 'Theo dân tộc (thiểu số / Kinh). / By ethnicity (minority / Kinh).',
    disability: 'Theo khuyết tật. / By disability.',
    grade: 'Theo khối lớp. / By grade.',
  },
);

/** An indicator of the catalogue; the distribution code stays internal for its field resolver. */
@ObjectType({ description: 'Chỉ số trong danh mục. / An indicator of the catalogue.' })
export class Indicator {
  @Field(() => String, { description: 'Mã ổn định, ví dụ "dropout_rate". / Stable code.' })
  code!: string;

  @Field(() => String, { description: 'Tên tiếng Việt. / Name in Vietnamese.' })
  nameVi!: string;

  @Field(() => String, { description: 'Tên tiếng Anh. / Name in English.' })
  nameEn!: string;

  @Field(() => String, { description: 'Định nghĩa tiếng Việt. / Definition in Vietnamese.' })
  definitionVi!: string;

  @Field(() => String, { description: 'Định nghĩa tiếng Anh. / Definition in English.' })
  definitionEn!: string;

  @Field(() => IndicatorUnitValue, { description: 'Đơn vị đo. / What the values measure.' })
  unit!: IndicatorUnit;

  @Field(() => DirectionValue, { description: 'Chiều tốt hơn. / Which direction is better.' })
  direction!: Direction;

  @Field(() => IndicatorThemeValue, { description: 'Nhóm chỉ số. / Theme.' })
  theme!: IndicatorTheme;

  @Field(() => [LevelValue], { description: 'Các cấp học có thể báo cáo chỉ số này. / Levels the indicator may be reported for.' })
  levels!: Level[];

  @Field(() => String, { nullable: true, description: 'Với tỷ lệ: tử số. / For rates: what is counted above the line (Vietnamese).' })
  numeratorVi!: string | null;

  @Field(() => String, { nullable: true, description: 'Với tỷ lệ: mẫu số. / For rates: what is counted below the line (Vietnamese).' })
  denominatorVi!: string | null;

  @Field(() => String, { nullable: true, description: 'Tử số, tiếng Anh. / Numerator, in English.' })
  numeratorEn!: string | null;

  @Field(() => String, { nullable: true, description: 'Mẫu số, tiếng Anh. / Denominator, in English.' })
  denominatorEn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Với chỉ số mức độ: mức cao nhất (ví dụ 3). / For ordinal indicators: the highest level.' })
  ordinalMax!: number | null;

  @Field(() => [DisaggregationDimensionValue], { description: 'Các cách phân tổ có ý nghĩa cho chỉ số. / Breakdowns that make sense for it.' })
  disaggregations!: Disaggregation['by'][];

  distributionCode!: string | null;
}

/** A distribution: bands of one population that together make 100%. */
@ObjectType({ description: 'Phân bố: các mức của một nhóm cộng lại thành 100%. / Bands of one population that sum to 100%.' })
export class Distribution {
  @Field(() => String, { description: 'Mã phân bố. / Distribution code.' })
  code!: string;

  @Field(() => String, { description: 'Tên tiếng Việt. / Name in Vietnamese.' })
  nameVi!: string;

  @Field(() => String, { description: 'Tên tiếng Anh. / Name in English.' })
  nameEn!: string;

  bandCodes!: string[];
}

/** Filters of the indicators list. */
@InputType({ description: 'Lọc danh mục chỉ số. / Filters for the indicator catalogue.' })
export class IndicatorFilter {
  @Field(() => IndicatorThemeValue, { nullable: true, description: 'Chỉ nhóm này. / Only this theme.' })
  theme?: IndicatorTheme | null;

  @Field(() => LevelValue, { nullable: true, description: 'Chỉ chỉ số áp dụng cho cấp học này. / Only indicators for this level.' })
  level?: Level | null;
}

@ObjectType({ description: 'Danh sách chỉ số, phân trang. / A paginated list of indicators.' })
export class IndicatorConnection extends ConnectionType(
  Indicator,
  EdgeType('Indicator', Indicator, 'Một chỉ số trong danh sách. / An indicator in a list.'),
) {}
