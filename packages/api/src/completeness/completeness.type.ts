import type { Disaggregation, Level, ObservationStatus } from '@edu-vn/domain';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { registerDomainEnum } from '../common/domain-enum.js';
import { LevelValue } from '../common/level.type.js';
import { ObservationDisaggregation, ObservationStatusValue } from '../observation/observation.type.js';
import type { ItemState } from './classify-completeness.js';

export const ItemStateValue = registerDomainEnum<ItemState>('CompletenessState', 'Tình trạng nộp một số liệu. / Where a figure stands against its deadline.', {
  on_time: 'Đã gửi đúng hạn. / Submitted on time.',
  late: 'Đã gửi trễ hạn. / Submitted late.',
  submitted: 'Đã gửi, không rõ thời điểm. / Submitted, time unknown.',
  draft: 'Mới nhập, chưa gửi. / Entered, not submitted.',
  missing: 'Chưa có. / Missing.',
});

@ObjectType({ description: 'Hạn nộp lấy từ lịch báo cáo của kế hoạch. / A deadline taken from a plan’s reporting calendar.' })
export class CompletenessDeadline {
  @Field(() => GraphQLLocalDate, { description: 'Ngày cuối được nộp (giờ Việt Nam). / Last day to submit (Vietnam time).' })
  lastDay!: string;

  @Field(() => ID, { description: 'Kế hoạch. / Plan.' })
  planId!: string;

  @Field(() => String, { description: 'Mục trong kế hoạch. / Section of the plan.' })
  section!: string;

  @Field(() => String, { description: 'Nội dung báo cáo, như kế hoạch viết. / What is due, as the plan says.' })
  descriptionVi!: string;

  @Field(() => String, { description: 'Nội dung báo cáo, tiếng Anh. / What is due, in English.' })
  descriptionEn!: string;
}

@ObjectType({ description: 'Một số liệu huyện phải nộp (theo chỉ tiêu của kỳ). / A figure the district owes (one per target).' })
export class CompletenessItem {
  @Field(() => String, { description: 'Mã chỉ số. / Indicator code.' })
  indicatorCode!: string;

  @Field(() => LevelValue, { description: 'Cấp học. / Level.' })
  level!: Level;

  @Field(() => ObservationDisaggregation, { nullable: true, description: 'Phân tổ. / Breakdown.' })
  disaggregation!: { by: Disaggregation['by']; value: string } | null;

  @Field(() => ItemStateValue, { description: 'Tình trạng. / State.' })
  state!: ItemState;

  @Field(() => ObservationStatusValue, { nullable: true, description: 'Bước duyệt của số liệu, nếu có. / Status of the figure, if any.' })
  status!: ObservationStatus | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Lần gửi đầu tiên. / First submission.' })
  firstSubmittedAt!: Date | null;
}

@ObjectType({ description: 'Tình hình nộp số liệu của một huyện trong kỳ. / A district’s submissions for the period.' })
export class DistrictCompleteness {
  @Field(() => ID, { description: 'Huyện. / District.' })
  unitId!: string;

  @Field(() => String, { description: 'Tên huyện. / District name.' })
  unitName!: string;

  @Field(() => CompletenessDeadline, { nullable: true, description: 'Hạn nộp; null nếu kế hoạch không có lịch cho kỳ này. / The deadline; null when no plan sets one for the period.' })
  deadline!: CompletenessDeadline | null;

  @Field(() => Boolean, { description: 'Đã quá hạn. / Whether the deadline has passed.' })
  overdue!: boolean;

  @Field(() => Int, { description: 'Số liệu phải nộp (mỗi chỉ tiêu một số). / Figures owed (one per target).' })
  expected!: number;

  @Field(() => Int, { description: 'Đã gửi đúng hạn. / Submitted on time.' })
  onTime!: number;

  @Field(() => Int, { description: 'Đã gửi trễ hạn. / Submitted late.' })
  late!: number;

  @Field(() => Int, { description: 'Đã gửi, không rõ thời điểm. / Submitted, time unknown.' })
  submittedUndated!: number;

  @Field(() => Int, { description: 'Mới nhập, chưa gửi. / Entered, not submitted.' })
  draft!: number;

  @Field(() => Int, { description: 'Chưa có. / Missing.' })
  missing!: number;

  @Field(() => [CompletenessItem], { description: 'Từng số liệu phải nộp. / Each figure owed.' })
  items!: CompletenessItem[];
}

@ObjectType({ description: 'Báo cáo tình hình nộp số liệu của các huyện trong tỉnh, theo kỳ. / Which districts of a province submitted what, on time, late or not at all.' })
export class CompletenessReport {
  @Field(() => ID, { description: 'Tỉnh. / Province.' })
  provinceId!: string;

  @Field(() => String, { description: 'Kỳ. / Period.' })
  period!: string;

  @Field(() => GraphQLDateTimeISO, { description: 'Thời điểm lập báo cáo. / When the report was made.' })
  generatedAt!: Date;

  @Field(() => [DistrictCompleteness], { description: 'Các huyện (mà người gọi được xem). / The districts (those the caller may see).' })
  districts!: DistrictCompleteness[];
}
