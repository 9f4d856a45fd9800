import type { Comparator, Disaggregation, Level, ParsedTarget } from '@edu-vn/domain';
import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection.type.js';
import { registerDomainEnum } from '../common/domain-enum.js';
import { LevelValue } from '../common/level.type.js';
import { DisaggregationDimensionValue } from '../indicator/indicator.type.js';

export const ComparatorValue = registerDomainEnum<Comparator>('Comparator', 'Phép so sánh của chỉ tiêu. / How a target compares.', {
  gt: 'Trên (>). / Greater than.',
  gte: 'Từ … trở lên, không dưới (≥). / At least.',
  lt: 'Dưới (<). / Less than.',
  lte: 'Không quá (≤). / At most.',
  eq: 'Bằng (=). / Equal to.',
  between: 'Trong khoảng value … valueMax. / Between value and valueMax.',
});

export const TargetValueUnitValue = registerDomainEnum<ParsedTarget['unit']>('TargetValueUnit', 'Đơn vị mà câu chữ của chỉ tiêu nêu. / The unit the target’s wording states.', {
  percent: 'Phần trăm. / Percent.',
  count: 'Số đếm (xã, trường, trẻ…). / A count (communes, schools, children…).',
  ordinal: 'Mức độ. / An ordinal level.',
  percentage_points: 'Điểm phần trăm. / Percentage points.',
  ratio: 'Tỷ số. / A ratio.',
  money: 'Tiền đồng. / Vietnamese đồng.',
});

export const TargetChangeValue = registerDomainEnum<NonNullable<ParsedTarget['change']>>('TargetChange', 'Chỉ tiêu là mức thay đổi của một tỷ lệ. / The target is a change of a rate.', {
  decrease: 'Giảm ít nhất value điểm. / A reduction of at least `value` points.',
  increase: 'Tăng ít nhất value điểm. / An increase of at least `value` points.',
});

/** A breakdown of a population. */
@ObjectType({ description: 'Phân tổ của nhóm dân số mà chỉ tiêu nhắm tới. / The breakdown a target applies to.' })
export class TargetDisaggregation {
  @Field(() => DisaggregationDimensionValue, { description: 'Cách phân tổ. / Dimension.' })
  by!: Disaggregation['by'];

  @Field(() => String, { description: 'Giá trị: "female", "minority", "disabled", số khối lớp… / The value of the dimension.' })
  value!: string;
}

/** A target (chỉ tiêu) as a plan states it; plan, indicator and unit ids stay internal for the field resolvers. */
@ObjectType({ description: 'Chỉ tiêu như kế hoạch ghi. / A target as a plan states it.' })
export class Target {
  @Field(() => ID, { description: 'Khóa ổn định, ví dụ "003-II.1.a-mobilisation_rate-mau_giao". / Stable id.' })
  id!: string;

  @Field(() => String, { description: 'Mục trong văn bản, ví dụ "II.2.c". / Section of the plan.' })
  section!: string;

  @Field(() => LevelValue, { description: 'Cấp học. / Level.' })
  level!: Level;

  @Field(() => String, { description: 'Kỳ: "2024-2025", "2023"… / Period key.' })
  period!: string;

  @Field(() => ComparatorValue, { description: 'Phép so sánh. / Comparator.' })
  comparator!: Comparator;

  @Field(() => Float, { description: 'Giá trị, hoặc cận dưới với BETWEEN. / The value, or the lower bound for BETWEEN.' })
  value!: number;

  @Field(() => Float, { nullable: true, description: 'Cận trên với BETWEEN. / The upper bound for BETWEEN.' })
  valueMax!: number | null;

  @Field(() => TargetValueUnitValue, { description: 'Đơn vị mà câu chữ nêu. / The unit the wording states.' })
  valueUnit!: ParsedTarget['unit'];

  @Field(() => TargetChangeValue, { nullable: true, description: 'Chỉ tiêu là mức thay đổi ("giảm 0,5%"). / The target is a change of a rate.' })
  change!: ParsedTarget['change'] | null;

  @Field(() => Float, { nullable: true, description: 'Mẫu số mà câu chữ nêu ("07/07 xã" → 7). / The denominator the wording names.' })
  outOf!: number | null;

  @Field(() => String, { description: 'Câu chữ như kế hoạch ghi, ví dụ "trên 99%". / The phrase as written.' })
  wording!: string;

  @Field(() => String, { description: 'Câu hoặc dòng bảng chứa chỉ tiêu, nguyên văn. / The sentence or table row it comes from, verbatim.' })
  quote!: string;

  @Field(() => TargetDisaggregation, { nullable: true, description: 'Phân tổ, nếu có; null là toàn bộ. / The breakdown; null means the total.' })
  disaggregation!: TargetDisaggregation | null;

  @Field(() => String, { nullable: true, description: 'Ghi chú. / Note.' })
  note!: string | null;

  planId!: string;
  indicatorCode!: string;
  unitId!: string;
}

/** Filters of target lists. */
@InputType({ description: 'Lọc chỉ tiêu. / Filters for targets.' })
export class TargetFilter {
  @Field(() => ID, { nullable: true, description: 'Chỉ chỉ tiêu của đơn vị này. / Only targets for this unit.' })
  unit?: string | null;

  @Field(() => ID, { nullable: true, description: 'Chỉ chỉ tiêu của kế hoạch này. / Only targets of this plan.' })
  plan?: string | null;

  @Field(() => String, { nullable: true, description: 'Chỉ chỉ tiêu của chỉ số này (mã). / Only targets for this indicator code.' })
  indicator?: string | null;

  @Field(() => LevelValue, { nullable: true, description: 'Chỉ cấp học này. / Only this level.' })
  level?: Level | null;

  @Field(() => String, { nullable: true, description: 'Chỉ kỳ này ("2024-2025"). / Only this period.' })
  period?: string | null;
}

@ObjectType({ description: 'Danh sách chỉ tiêu, phân trang. / A paginated list of targets.' })
export class TargetConnection extends ConnectionType(Target, EdgeType('Target', Target, 'Một chỉ tiêu trong danh sách. / A target in a list.')) {}
