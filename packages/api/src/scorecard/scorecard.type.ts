import type { AttainmentStatus, Level } from '@edu-vn/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { registerDomainEnum } from '../common/domain-enum.js';
import { LevelValue } from '../common/level.type.js';
import { DataNotice } from '../observation/illustrative-notice.type.js';
import { Observation } from '../observation/observation.type.js';
import { Target } from '../target/target.type.js';
import { Unit } from '../unit/unit.type.js';

export const AttainmentStatusValue = registerDomainEnum<AttainmentStatus>('AttainmentStatus', 'Kết quả đối chiếu chỉ tiêu. / Whether a target was met.', {
  met: 'Đạt. / Met.',
  not_met: 'Không đạt. / Not met.',
  no_data: 'Chưa có số liệu. / No figure yet.',
  not_assessed:
    'Không đánh giá riêng: một mức ở giữa của phân bố thể hiện tỷ lệ kế hoạch dự kiến, không tự nó đạt hay không đạt. / Not assessed on its own: a middle band of a distribution shows the plan’s expected split and is not met or missed by itself.',
});

/** A target judged against its figure, computed on every request and never stored. */
@ObjectType({ description: 'Đối chiếu chỉ tiêu với kết quả, tính mỗi lần hỏi, không lưu. / A target judged against its figure, computed, never stored.' })
export class Attainment {
  @Field(() => AttainmentStatusValue, { description: 'Đạt, không đạt, chưa có số liệu hoặc không đánh giá riêng. / Met, not met, no data or not assessed on its own.' })
  status!: AttainmentStatus;

  @Field(() => Float, {
    nullable: true,
    description:
      'Khoảng cách tới ngưỡng, dương là tốt hơn ngưỡng theo chiều của chỉ số; null khi chưa có số liệu hoặc không đánh giá riêng. / Distance from the threshold, positive when better; null without data or when not assessed on its own.',
  })
  margin!: number | null;

  @Field(() => Float, { nullable: true, description: 'Giá trị thực hiện được đối chiếu. / The observed value judged.' })
  observed!: number | null;

  @Field(() => Boolean, { description: 'Số liệu được đối chiếu là số liệu minh họa. / Whether the figure judged is illustrative.' })
  illustrative!: boolean;
}

/** How many targets of a scorecard or level were met, not met, have no figure, or are not judged on their own. */
@ObjectType({ description: 'Số chỉ tiêu theo kết quả. / Counts of targets by attainment.' })
export class AttainmentSummary {
  @Field(() => Int, { description: 'Tổng số chỉ tiêu. / Targets in all.' })
  total!: number;

  @Field(() => Int, { description: 'Số chỉ tiêu đạt. / Targets met.' })
  met!: number;

  @Field(() => Int, { description: 'Số chỉ tiêu không đạt. / Targets not met.' })
  notMet!: number;

  @Field(() => Int, { description: 'Số chỉ tiêu chưa có số liệu. / Targets without a figure.' })
  noData!: number;

  @Field(() => Int, {
    description:
      'Số chỉ tiêu không đánh giá riêng (mức ở giữa của một phân bố), không tính là đạt hay không đạt. / Targets not assessed on their own (middle bands of a distribution), counted neither as met nor as not met.',
  })
  notAssessed!: number;

  @Field(() => Int, { description: 'Số chỉ tiêu đã đánh giá (đạt + không đạt). / Targets judged: met plus not met.' })
  assessed!: number;
}

/** One line of a scorecard. */
@ObjectType({ description: 'Một dòng của bảng đối chiếu: chỉ tiêu, kết quả và đánh giá. / One line of a scorecard.' })
export class ScorecardEntry {
  @Field(() => Target, { description: 'Chỉ tiêu như kế hoạch ghi. / The target as the plan states it.' })
  target!: Target;

  @Field(() => Observation, { nullable: true, description: 'Kết quả thực hiện; null khi chưa có. / The actual figure, or null.' })
  actual!: Observation | null;

  @Field(() => Attainment, { description: 'Đạt hay không và cách ngưỡng bao xa. / Whether it was met, and by how much.' })
  attainment!: Attainment;
}

/** The targets of one level. */
@ObjectType({ description: 'Các chỉ tiêu của một cấp học. / The targets of one level.' })
export class ScorecardLevel {
  @Field(() => LevelValue, { description: 'Cấp học. / Level.' })
  level!: Level;

  @Field(() => AttainmentSummary, { description: 'Số chỉ tiêu theo kết quả. / Counts by attainment.' })
  summary!: AttainmentSummary;

  @Field(() => [ScorecardEntry], { description: 'Các chỉ tiêu, theo thứ tự kế hoạch. / The targets in plan order.' })
  entries!: ScorecardEntry[];
}

/** Every target a unit set for a period, each with its figure and attainment. */
@ObjectType({ description: 'Bảng đối chiếu chỉ tiêu và kết quả của một đơn vị trong một kỳ. / A unit’s targets for a period, each with its figure and attainment.' })
export class Scorecard {
  @Field(() => Unit, { description: 'Đơn vị. / The unit.' })
  unit!: Unit;

  @Field(() => String, { description: 'Kỳ. / Period key.' })
  period!: string;

  @Field(() => AttainmentSummary, { description: 'Số chỉ tiêu theo kết quả, mọi cấp học. / Counts by attainment, every level.' })
  summary!: AttainmentSummary;

  @Field(() => [ScorecardLevel], { description: 'Theo cấp học. / By level.' })
  levels!: ScorecardLevel[];

  @Field(() => Boolean, { description: 'Có số liệu minh họa trong bảng. / Whether any figure in it is illustrative.' })
  illustrative!: boolean;

  @Field(() => DataNotice, { nullable: true, description: 'Lời báo khi có số liệu minh họa. / A notice when illustrative figures are present.' })
  notice!: DataNotice | null;
}
