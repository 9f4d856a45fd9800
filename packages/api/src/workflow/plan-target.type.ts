import type { Level } from '@edu-vn/domain';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { LevelValue } from '../common/level.type.js';
import { Plan } from '../plan/plan.type.js';
import { Target } from '../target/target.type.js';
import { UserError } from './user-error.type.js';
import { DisaggregationInput } from './workflow.type.js';

@InputType({ description: 'Một văn bản kế hoạch mới của huyện. / A new plan document of a district.' })
export class PlanCreateInput {
  @Field(() => ID, { description: 'Huyện ban hành kế hoạch. / The district the plan is for.' })
  unit!: string;

  @Field(() => String, { description: 'Kỳ của kế hoạch: "2025-2026", "2025"… / The plan’s period.' })
  period!: string;

  @Field(() => String, { nullable: true, description: 'Số văn bản, ví dụ "45/KH-PGDĐT". / Document number.' })
  number?: string | null;

  @Field(() => String, { description: 'Tên kế hoạch. / Title.' })
  title!: string;

  @Field(() => String, { description: 'Cơ quan ban hành. / Issuing body.' })
  issuer!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Ngày ban hành. / Date of issue.' })
  issuedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Người ký. / Signer.' })
  signerName?: string | null;

  @Field(() => String, { nullable: true, description: 'Chức vụ người ký. / Signer’s title.' })
  signerTitle?: string | null;

  @Field(() => String, { nullable: true, description: 'Chủ đề năm học. / Theme of the year.' })
  theme?: string | null;

  @Field(() => String, { description: 'Nguồn văn bản (nơi công bố). / Where the document is published.' })
  source!: string;

  @Field(() => String, { description: 'Toàn văn; chỉ tiêu đặt cho kế hoạch phải có nguyên văn trong đó. / Full text; targets set on the plan must appear in it word for word.' })
  text!: string;
}

@ObjectType({ description: 'Kết quả tạo kế hoạch. / The result of creating a plan.' })
export class PlanCreatePayload {
  @Field(() => Plan, { nullable: true, description: 'Kế hoạch vừa tạo. / The plan created.' })
  plan!: Plan | null;

  @Field(() => [UserError], { description: 'Lỗi do dữ liệu gửi lên. / Mistakes in the input.' })
  userErrors!: UserError[];
}

@InputType({ description: 'Một chỉ tiêu của kế hoạch, bằng chính lời văn của kế hoạch. / A target of a plan, in the plan’s own words.' })
export class TargetSetInput {
  @Field(() => ID, { description: 'Kế hoạch. / The plan.' })
  plan!: string;

  @Field(() => String, { description: 'Mục trong văn bản, ví dụ "II.2.c". / Section of the plan.' })
  section!: string;

  @Field(() => String, { description: 'Mã chỉ số. / Indicator code.' })
  indicator!: string;

  @Field(() => LevelValue, { description: 'Cấp học. / Level.' })
  level!: Level;

  @Field(() => String, { description: 'Lời văn của chỉ tiêu, ví dụ "trên 99%"; phép so sánh và giá trị được đọc từ đây. / The target’s words, e.g. "trên 99%"; comparator and value are read from them.' })
  wording!: string;

  @Field(() => String, { nullable: true, description: 'Câu chứa chỉ tiêu, nguyên văn trong kế hoạch. / The sentence it comes from, verbatim.' })
  quote?: string | null;

  @Field(() => DisaggregationInput, { nullable: true, description: 'Phân tổ. / Breakdown.' })
  disaggregation?: DisaggregationInput | null;

  @Field(() => String, { nullable: true, description: 'Kỳ, nếu khác kỳ của kế hoạch. / Period, when not the plan’s.' })
  period?: string | null;

  @Field(() => String, { nullable: true, description: 'Ghi chú. / Note.' })
  note?: string | null;
}

@ObjectType({ description: 'Kết quả đặt chỉ tiêu. / The result of setting a target.' })
export class TargetSetPayload {
  @Field(() => Target, { nullable: true, description: 'Chỉ tiêu đã đặt. / The target set.' })
  target!: Target | null;

  @Field(() => [UserError], { description: 'Lỗi do dữ liệu gửi lên. / Mistakes in the input.' })
  userErrors!: UserError[];
}
