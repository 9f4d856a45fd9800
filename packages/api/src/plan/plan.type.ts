import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection.type.js';
import { registerDomainEnum } from '../common/domain-enum.js';
import type { DeadlineDueKind } from './plan-deadline.entity.js';

export const DeadlineDueKindValue = registerDomainEnum<DeadlineDueKind>('DeadlineDueKind', 'Loại hạn báo cáo. / Kind of reporting deadline.', {
  date: 'Một ngày cụ thể. / A calendar date.',
  monthly: 'Một ngày mỗi tháng. / A day of every month.',
  yearly: 'Một tháng mỗi năm. / A month of every year.',
  yearly_event: 'Một sự kiện hằng năm (ví dụ ngày khai giảng). / A yearly event, e.g. the start of the school year.',
});

/** Who signed a plan. */
@ObjectType({ description: 'Người ký văn bản. / The signer of a document.' })
export class Signer {
  @Field(() => String, { description: 'Họ tên. / Name.' })
  name!: string;

  @Field(() => String, { description: 'Chức vụ như văn bản ghi. / Title as written.' })
  title!: string;
}

/** A plan document (kế hoạch); the unit id stays internal for its field resolver. */
@ObjectType({ description: 'Văn bản kế hoạch của phòng GD&ĐT hoặc UBND huyện. / A plan document of a district education office or People’s Committee.' })
export class Plan {
  @Field(() => ID, { description: 'Mã ngắn: "000" … "004". / Short id.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Số văn bản như ghi, ví dụ "45/KH-PGDĐT"; null nếu văn bản không ghi. / Document number as written.' })
  number!: string | null;

  @Field(() => String, { description: 'Tiêu đề. / Title.' })
  title!: string;

  @Field(() => String, { description: 'Cơ quan ban hành. / Issuing body.' })
  issuer!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Ngày ban hành; null nếu văn bản không ghi. / Date of issue, when the text gives it.' })
  issuedOn!: string | null;

  @Field(() => Signer, { nullable: true, description: 'Người ký. / Signer.' })
  signer!: Signer | null;

  @Field(() => String, { description: 'Kỳ của kế hoạch: "2023", "2024-2025"… / Period key.' })
  period!: string;

  @Field(() => String, { nullable: true, description: 'Chủ đề năm học, nếu có. / Theme of the year, when stated.' })
  theme!: string | null;

  @Field(() => String, { description: 'Nguồn văn bản. / Where the text comes from.' })
  source!: string;

  unitId!: string;
}

/** A group of tasks or solutions of a plan. */
@ObjectType({ description: 'Nhóm nhiệm vụ, giải pháp: cam kết định tính. / A group of tasks or solutions: a qualitative commitment.' })
export class TaskGroup {
  @Field(() => String, { description: 'Mục trong văn bản, ví dụ "III.2". / Section of the document.' })
  section!: string;

  @Field(() => String, { description: 'Tiêu đề như văn bản ghi. / Heading as written.' })
  titleVi!: string;

  @Field(() => String, { nullable: true, description: 'Tóm tắt các cam kết, lấy từ văn bản. / Summary of the commitments, from the text.' })
  summaryVi!: string | null;
}

/** When a report is due. */
@ObjectType({ description: 'Thời hạn báo cáo. / When a report is due.' })
export class DeadlineDue {
  @Field(() => DeadlineDueKindValue, { description: 'Loại hạn. / Kind of deadline.' })
  kind!: DeadlineDueKind;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Ngày, với hạn một lần. / The date, for a one-off deadline.' })
  date!: string | null;

  @Field(() => Int, { nullable: true, description: 'Ngày trong tháng, với hạn hằng tháng. / Day of the month, for a monthly deadline.' })
  day!: number | null;

  @Field(() => Int, { nullable: true, description: 'Tháng, với hạn hằng năm. / Month, for a yearly deadline.' })
  month!: number | null;

  @Field(() => String, { nullable: true, description: 'Sự kiện hằng năm, tiếng Việt. / The yearly event, in Vietnamese.' })
  eventVi!: string | null;

  @Field(() => String, { nullable: true, description: 'Sự kiện hằng năm, tiếng Anh. / The yearly event, in English.' })
  eventEn!: string | null;

  @Field(() => Boolean, { description: 'Trước thời điểm đó (không kể); nếu không thì đúng hoặc chậm nhất vào thời điểm đó. / Strictly before it; otherwise on or by it.' })
  before!: boolean;
}

/** A reporting deadline of a plan. */
@ObjectType({ description: 'Hạn báo cáo do kế hoạch đặt ra. / A reporting deadline set by a plan.' })
export class Deadline {
  @Field(() => String, { description: 'Mục trong văn bản. / Section of the document.' })
  section!: string;

  @Field(() => String, { description: 'Nội dung phải nộp, như văn bản ghi. / What is due, as written.' })
  descriptionVi!: string;

  @Field(() => String, { description: 'Nội dung phải nộp, tiếng Anh. / What is due, in English.' })
  descriptionEn!: string;

  @Field(() => DeadlineDue, { description: 'Thời hạn. / When it is due.' })
  due!: DeadlineDue;

  @Field(() => String, { nullable: true, description: 'Đơn vị báo cáo, nếu văn bản nêu. / Who reports, when stated.' })
  reporter!: string | null;

  @Field(() => String, { nullable: true, description: 'Nơi nhận báo cáo, nếu văn bản nêu. / Who receives the report, when stated.' })
  recipient!: string | null;
}

/** Filters of the plans list. */
@InputType({ description: 'Lọc danh sách kế hoạch. / Filters for the list of plans.' })
export class PlanFilter {
  @Field(() => ID, { nullable: true, description: 'Chỉ kế hoạch của đơn vị này. / Only plans for this unit.' })
  unit?: string | null;

  @Field(() => String, { nullable: true, description: 'Chỉ kế hoạch của kỳ này ("2023", "2024-2025"). / Only plans for this period.' })
  period?: string | null;
}

@ObjectType({ description: 'Danh sách kế hoạch, phân trang. / A paginated list of plans.' })
export class PlanConnection extends ConnectionType(Plan, EdgeType('Plan', Plan, 'Một kế hoạch trong danh sách. / A plan in a list.')) {}

@ObjectType({ description: 'Danh sách nhóm nhiệm vụ, phân trang. / A paginated list of task groups.' })
export class TaskGroupConnection extends ConnectionType(TaskGroup, EdgeType('TaskGroup', TaskGroup, 'Một nhóm nhiệm vụ. / A task group.')) {}

@ObjectType({ description: 'Danh sách hạn báo cáo, phân trang. / A paginated list of deadlines.' })
export class DeadlineConnection extends ConnectionType(Deadline, EdgeType('Deadline', Deadline, 'Một hạn báo cáo. / A deadline.')) {}
