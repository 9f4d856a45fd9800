import type { Disaggregation, Level } from '@edu-vn/domain';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LevelValue } from '../common/level.type.js';
import { DisaggregationDimensionValue } from '../indicator/indicator.type.js';
import { Observation } from '../observation/observation.type.js';
import { UserError } from './user-error.type.js';

@InputType({ description: 'Một số liệu và phiên bản đã đọc. / A figure and the version the caller read.' })
export class ObservationVersionInput {
  @Field(() => ID, { description: 'Khóa của số liệu. / Id of the figure.' })
  id!: string;

  @Field(() => Int, {
    description: 'Phiên bản đã đọc; nếu người khác đã sửa sau đó, thao tác bị từ chối với lỗi CONFLICT. / The version read; refused with CONFLICT if someone changed it since.',
  })
  version!: number;
}

@InputType({ description: 'Gửi duyệt các số liệu nháp. / Submit draft figures for approval.' })
export class ObservationSubmitInput {
  @Field(() => [ObservationVersionInput], { description: 'Các số liệu (tối đa 1.000); tất cả cùng được gửi hoặc không số nào. / The figures (at most 1,000); all or none.' })
  items!: ObservationVersionInput[];
}

@InputType({ description: 'Duyệt các số liệu đã gửi. / Approve submitted figures.' })
export class ObservationApproveInput {
  @Field(() => [ObservationVersionInput], { description: 'Các số liệu; tất cả hoặc không số nào. / The figures; all or none.' })
  items!: ObservationVersionInput[];

  @Field(() => String, { nullable: true, description: 'Nhận xét, nếu có. / A comment, if any.' })
  comment?: string | null;
}

@InputType({ description: 'Trả lại số liệu cho Phòng sửa, kèm nhận xét. / Return figures to the district, with a comment.' })
export class ObservationReturnInput {
  @Field(() => [ObservationVersionInput], { description: 'Các số liệu; tất cả hoặc không số nào. / The figures; all or none.' })
  items!: ObservationVersionInput[];

  @Field(() => String, { description: 'Điều Phòng cần xem lại (bắt buộc). / What the district should look at (required).' })
  comment!: string;
}

@InputType({ description: 'Công bố số liệu đã duyệt, ngay hoặc vào một thời điểm. / Publish approved figures, now or at a set time.' })
export class ObservationPublishInput {
  @Field(() => [ObservationVersionInput], { description: 'Các số liệu; tất cả hoặc không số nào. / The figures; all or none.' })
  items!: ObservationVersionInput[];

  @Field(() => GraphQLDateTimeISO, {
    nullable: true,
    description: 'Thời điểm công bố; trước đó chỉ cán bộ thấy số liệu. Bỏ trống để công bố ngay. / When to publish; until then only officers see the figures. Omit to publish now.',
  })
  publishAt?: Date | null;
}

@ObjectType({ description: 'Kết quả của một thao tác trên số liệu. / The result of an action on figures.' })
export class ObservationMutationPayload {
  @Field(() => [Observation], { description: 'Các số liệu sau thao tác (rỗng nếu có lỗi). / The figures afterwards (empty when there were errors).' })
  observations!: Observation[];

  @Field(() => [UserError], { description: 'Lỗi do dữ liệu gửi lên; khi có lỗi không có gì thay đổi. / Mistakes in the input; when there are any, nothing changed.' })
  userErrors!: UserError[];
}

@InputType({ description: 'Phân tổ của một số liệu. / The breakdown of a figure.' })
export class DisaggregationInput {
  @Field(() => DisaggregationDimensionValue, { description: 'Cách phân tổ. / Dimension.' })
  by!: Disaggregation['by'];

  @Field(() => String, { description: 'Giá trị: "female", "minority", "disabled", "6"… / The value.' })
  value!: string;
}

@InputType({ description: 'Một số liệu nhập hoặc sửa. / A figure to enter or correct.' })
export class ObservationSaveItem {
  @Field(() => ID, { description: 'Đơn vị (huyện của Phòng). / The unit (the district).' })
  unit!: string;

  @Field(() => String, { description: 'Mã chỉ số. / Indicator code.' })
  indicator!: string;

  @Field(() => LevelValue, { description: 'Cấp học. / Level.' })
  level!: Level;

  @Field(() => String, { description: 'Kỳ: "2024-2025", "2023"… / Period key.' })
  period!: string;

  @Field(() => DisaggregationInput, { nullable: true, description: 'Phân tổ; bỏ trống là số tổng. / Breakdown; omit for the total.' })
  disaggregation?: DisaggregationInput | null;

  @Field(() => Float, { nullable: true, description: 'Giá trị; với tỷ lệ có thể bỏ trống nếu có tử số và mẫu số. / The value; for a rate it may be left out when numerator and denominator are given.' })
  value?: number | null;

  @Field(() => Int, { nullable: true, description: 'Tử số. / Numerator.' })
  numerator?: number | null;

  @Field(() => Int, { nullable: true, description: 'Mẫu số. / Denominator.' })
  denominator?: number | null;

  @Field(() => String, { nullable: true, description: 'Nguồn số liệu. / Source.' })
  source?: string | null;

  @Field(() => Int, { nullable: true, description: 'Phiên bản đã đọc; bắt buộc khi sửa số liệu đã có. / The version read; required to change a figure that exists.' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'Lý do điều chỉnh; bắt buộc khi số liệu đã qua bước nháp. / Why it is corrected; required once the figure has left the draft.' })
  reason?: string | null;
}

@InputType({ description: 'Nhập hoặc sửa nhiều số liệu một lần. / Enter or correct figures in a batch.' })
export class ObservationSaveInput {
  @Field(() => [ObservationSaveItem], { description: 'Các số liệu (tối đa 1.000); tất cả hoặc không số nào. / The figures (at most 1,000); all or none.' })
  figures!: ObservationSaveItem[];

  @Field(() => Boolean, { defaultValue: false, description: 'Gửi duyệt luôn sau khi lưu. / Submit them for approval once saved.' })
  submit!: boolean;
}
