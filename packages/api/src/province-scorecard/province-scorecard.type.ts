import type { Level } from '@edu-vn/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LevelValue } from '../common/level.type.js';
import { DataNotice } from '../observation/illustrative-notice.type.js';
import { FigureRefusal } from '../rebase/figure.type.js';
import { AttainmentSummary } from '../scorecard/scorecard.type.js';

/** How one unit of a province did against the targets it set for the period. */
@ObjectType({ description: 'Kết quả đối chiếu chỉ tiêu của một đơn vị trong tỉnh. / How one unit of the province did against its targets.' })
export class ProvinceScorecardUnit {
  /** Resolved to `unit` by ProvinceScorecardUnitResolver. */
  unitId!: string;

  @Field(() => AttainmentSummary, { description: 'Số chỉ tiêu của đơn vị theo kết quả, mọi cấp học. / The unit’s targets counted by attainment, every level.' })
  summary!: AttainmentSummary;

  @Field(() => Boolean, { description: 'Có số liệu minh họa trong các số liệu được đối chiếu. / Whether any figure judged is illustrative.' })
  illustrative!: boolean;
}

/** The province's own figure for one indicator and level, combined from its units' published figures. */
@ObjectType({
  description:
    'Số liệu chung của tỉnh cho một chỉ số và cấp học, tổng hợp từ số liệu đã công bố của các đơn vị trực thuộc (tỷ lệ = tổng tử số / tổng mẫu số; số lượng cộng lại). / The province’s own figure for one indicator and level, combined from its units’ published figures (rates from summed numerators over summed denominators, counts summed).',
})
export class ProvinceScorecardFigure {
  /** Resolved to `indicator` by ProvinceScorecardFigureResolver. */
  indicatorCode!: string;

  @Field(() => LevelValue, { description: 'Cấp học. / Level.' })
  level!: Level;

  @Field(() => Float, { nullable: true, description: 'Giá trị chung; null khi không tính được (xem refusal). / The combined value; null when refused (see refusal).' })
  value!: number | null;

  @Field(() => Int, { nullable: true, description: 'Tổng tử số, với tỷ lệ. / Summed numerator, for a rate.' })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'Tổng mẫu số, với tỷ lệ. / Summed denominator, for a rate.' })
  denominator!: number | null;

  @Field(() => Int, { description: 'Số đơn vị trực thuộc có số liệu công bố. / Units with a published figure.' })
  unitsReporting!: number;

  @Field(() => Int, { description: 'Số đơn vị trực thuộc của tỉnh trong kỳ. / Units of the province in the period.' })
  unitsExpected!: number;

  @Field(() => FigureRefusal, { nullable: true, description: 'Lý do, khi không tính được. / Why, when the figure could not be computed.' })
  refusal!: FigureRefusal | null;

  @Field(() => Boolean, { description: 'Có số liệu minh họa trong số được cộng. / Whether any figure summed is illustrative.' })
  illustrative!: boolean;
}

/** A province at a glance for one period: each unit's attainment and the province's own figures. */
@ObjectType({
  description:
    'Bảng tổng hợp của một tỉnh trong một kỳ: kết quả đối chiếu chỉ tiêu của từng huyện (hoặc xã, với tỉnh sau sáp nhập) và số liệu chung của tỉnh. / A province’s scorecard for a period: each district’s (or, for a post-reform province, each commune’s) attainment of its targets, and the province’s own figures.',
})
export class ProvinceScorecard {
  /** Resolved to `province` by ProvinceScorecardResolver. */
  provinceId!: string;

  @Field(() => String, { description: 'Kỳ. / Period key.' })
  period!: string;

  @Field(() => AttainmentSummary, { description: 'Số chỉ tiêu theo kết quả, cộng mọi đơn vị. / Targets counted by attainment, every unit together.' })
  summary!: AttainmentSummary;

  @Field(() => [ProvinceScorecardUnit], { description: 'Từng đơn vị trực thuộc trong kỳ, theo mã. / Each unit of the province in the period, by code.' })
  units!: ProvinceScorecardUnit[];

  @Field(() => [ProvinceScorecardFigure], { description: 'Số liệu chung của tỉnh theo chỉ số và cấp học. / The province’s own figures by indicator and level.' })
  figures!: ProvinceScorecardFigure[];

  @Field(() => Boolean, { description: 'Có số liệu minh họa trong bảng. / Whether any figure used is illustrative.' })
  illustrative!: boolean;

  @Field(() => DataNotice, { nullable: true, description: 'Lời báo khi có số liệu minh họa. / A notice when illustrative figures are used.' })
  notice!: DataNotice | null;
}
