import type { AggregationRefusalCode, UnitSuccession } from '@edu-vn/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { registerDomainEnum } from '../common/domain-enum.js';
import { DataNotice } from '../observation/illustrative-notice.type.js';
import { Observation } from '../observation/observation.type.js';
import { SuccessionRelationValue } from '../unit/unit.type.js';

export type FigureBasis = 'as_published' | 'aggregated' | 'rebased';

export const FigureBasisValue = registerDomainEnum<FigureBasis>('FigureBasis', 'Số liệu được lấy hay tính thế nào. / How a figure is obtained.', {
  as_published: 'Như đã công bố, cho chính đơn vị báo cáo. / As published, for the unit it was reported for.',
  aggregated:
    'Tính từ mọi đơn vị con (huyện của tỉnh) bằng tổng tử số / tổng mẫu số; từ chối khi thiếu đơn vị nào. / Computed from every child unit by summed numerators over summed denominators; refused when one is missing.',
  rebased:
    'Tính lại cho tỉnh sau sáp nhập 01/7/2025 từ các tỉnh cũ nhập toàn bộ vào; từ chối khi có phần nhập một phần hoặc thiếu số liệu. / Re-based onto the post-reform province from the old units that went wholly into it; refused on a partial part or a missing figure.',
});

export const RefusalCodeValue = registerDomainEnum<AggregationRefusalCode>('FigureRefusalCode', 'Vì sao không tính được số liệu. / Why a figure cannot be computed.', {
  not_additive: 'Mức độ hoặc điểm phần trăm không cộng gộp được. / Ordinal levels and percentage-point changes do not add up.',
  missing_numerator_denominator: 'Thiếu tử số hoặc mẫu số (không lấy trung bình tỷ lệ). / A numerator or denominator is missing (rates are never averaged).',
  zero_denominator: 'Tổng mẫu số bằng 0. / The denominators sum to zero.',
  no_data: 'Không có số liệu. / There is no figure.',
  incomplete: 'Thiếu số liệu của một số đơn vị. / Some units have no figure.',
  duplicate_unit: 'Một đơn vị có hai số liệu. / A unit has two figures.',
  unexpected_unit: 'Có số liệu của đơn vị không thuộc về. / A figure of a unit that does not belong.',
  mixed_figures: 'Số liệu không cùng chỉ số, cấp học hoặc kỳ. / Figures of different indicators, levels or periods.',
  no_predecessors: 'Không có đơn vị cũ nào nhập vào. / No former unit went into it.',
  partial_succession: 'Có đơn vị cũ chỉ nhập một phần. / A former unit went into it only in part.',
});

/** Why a figure was not computed, in both languages, naming the units at fault. */
@ObjectType({ description: 'Lý do không tính được số liệu. / Why a figure could not be computed.' })
export class FigureRefusal {
  @Field(() => RefusalCodeValue, { description: 'Mã lý do. / Reason code.' })
  code!: AggregationRefusalCode;

  @Field(() => String, { description: 'Lý do bằng tiếng Việt. / The reason in Vietnamese.' })
  messageVi!: string;

  @Field(() => String, { description: 'Lý do bằng tiếng Anh. / The reason in English.' })
  messageEn!: string;

  /** Resolved to `units` by FigureRefusalResolver. */
  unitIds!: string[];
}

/** One unit that a computed figure is made of. */
@ObjectType({ description: 'Một đơn vị cấu thành số liệu được tính. / One unit a computed figure is made of.' })
export class FigurePart {
  /** Resolved to `unit` by FigurePartResolver. */
  unitId!: string;

  @Field(() => SuccessionRelationValue, { nullable: true, description: 'Với số liệu tính lại: nhập toàn bộ hay một phần. / For a re-based figure: whole or partial.' })
  relation!: UnitSuccession['relation'] | null;

  @Field(() => Observation, { nullable: true, description: 'Số liệu của đơn vị; null khi thiếu. / The unit’s figure, or null when missing.' })
  observation!: Observation | null;
}

/** A figure as published, or computed from other units' figures, with how it was obtained. */
@ObjectType({ description: 'Một số liệu, như đã công bố hoặc được tính, kèm cách tính. / A figure as published or computed, with how.' })
export class Figure {
  /** Resolved to `unit` by FigureResolver. */
  unitId!: string;

  @Field(() => String, { description: 'Kỳ. / Period key.' })
  period!: string;

  @Field(() => FigureBasisValue, { description: 'Cách lấy số liệu. / How the figure was obtained.' })
  basis!: FigureBasis;

  @Field(() => Float, { nullable: true, description: 'Giá trị; null khi không tính được. / The value; null when refused.' })
  value!: number | null;

  @Field(() => Int, { nullable: true, description: 'Tử số (tổng, với số liệu được tính). / Numerator (summed, for a computed figure).' })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'Mẫu số (tổng, với số liệu được tính). / Denominator (summed, for a computed figure).' })
  denominator!: number | null;

  @Field(() => Observation, { nullable: true, description: 'Số liệu đã công bố, khi lấy như đã công bố. / The reported figure, for AS_PUBLISHED.' })
  observation!: Observation | null;

  /** Resolved to `parts` by ProvinceFigureResolver: these, or what `loadParts` fetches when only the sums were read. */
  parts!: FigurePart[];
  loadParts?: () => Promise<FigurePart[]>;

  @Field(() => FigureRefusal, { nullable: true, description: 'Lý do, khi không tính được. / Why, when it could not be computed.' })
  refusal!: FigureRefusal | null;

  @Field(() => Boolean, { description: 'Có số liệu minh họa trong đó. / Whether any figure used is illustrative.' })
  illustrative!: boolean;

  @Field(() => DataNotice, { nullable: true, description: 'Lời báo khi có số liệu minh họa. / A notice when illustrative figures are used.' })
  notice!: DataNotice | null;
}
