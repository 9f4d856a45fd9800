import type { Disaggregation, Level, ObservationStatus } from '@edu-vn/domain';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection.type.js';
import { registerDomainEnum } from '../common/domain-enum.js';
import { LevelValue } from '../common/level.type.js';
import { ObservationDisaggregation, ObservationStatusValue } from '../observation/observation.type.js';
import type { ChangeKind } from './observation-change.entity.js';

export const ChangeKindValue = registerDomainEnum<ChangeKind>('ObservationChangeKind', 'Loại thay đổi của số liệu. / What happened to a figure.', {
  created: 'Nhập mới. / Entered.',
  revised: 'Điều chỉnh: một lần điều chỉnh mới. / Corrected: a new revision.',
  submitted: 'Phòng gửi duyệt. / Submitted by the district.',
  approved: 'Sở duyệt. / Approved by the department.',
  returned: 'Sở trả lại kèm nhận xét. / Returned with a comment.',
  scheduled: 'Hẹn công bố. / Scheduled for publication.',
  published: 'Công bố. / Published.',
});

/** One change of a figure, with the figure as it was right after. */
@ObjectType({ description: 'Một thay đổi của số liệu, kèm số liệu ngay sau thay đổi. / One change of a figure, with the figure right after it.' })
export class ObservationChange {
  @Field(() => ID, { description: 'Số thứ tự của thay đổi. / Sequence number of the change.' })
  id!: string;

  @Field(() => ChangeKindValue, { description: 'Loại thay đổi. / What happened.' })
  kind!: ChangeKind;

  @Field(() => GraphQLDateTimeISO, { description: 'Thời điểm. / When.' })
  at!: Date;

  @Field(() => ID, { description: 'Khóa của số liệu (dùng với truy vấn observation). / Id of the figure.' })
  observationId!: string;

  @Field(() => ID, { description: 'Đơn vị. / Unit.' })
  unitId!: string;

  @Field(() => String, { description: 'Mã chỉ số. / Indicator code.' })
  indicatorCode!: string;

  @Field(() => LevelValue, { description: 'Cấp học. / Level.' })
  level!: Level;

  @Field(() => String, { description: 'Kỳ. / Period.' })
  period!: string;

  @Field(() => ObservationDisaggregation, { nullable: true, description: 'Phân tổ. / Breakdown.' })
  disaggregation!: { by: Disaggregation['by']; value: string } | null;

  @Field(() => Int, { description: 'Lần điều chỉnh sau thay đổi. / Revision after the change.' })
  revision!: number;

  @Field(() => ObservationStatusValue, { description: 'Bước duyệt sau thay đổi. / Status after the change.' })
  status!: ObservationStatus;

  @Field(() => Float, { description: 'Giá trị sau thay đổi. / Value after the change.' })
  value!: number;

  @Field(() => Int, { nullable: true, description: 'Tử số. / Numerator.' })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'Mẫu số. / Denominator.' })
  denominator!: number | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Với hẹn công bố: thời điểm công bố. / For a schedule: when it takes effect.' })
  effectiveAt!: Date | null;

  @Field(() => String, { description: 'Người thực hiện. / Who did it.' })
  actor!: string;

  @Field(() => String, { nullable: true, description: 'Nhận xét hoặc lý do điều chỉnh. / Comment or reason for the correction.' })
  comment!: string | null;
}

@ObjectType({ description: 'Các thay đổi sau một con trỏ, theo thứ tự. / The changes after a cursor, in order.' })
export class ObservationChangeConnection extends ConnectionType(ObservationChange, EdgeType('ObservationChange', ObservationChange, 'Một thay đổi. / A change.')) {
  @Field(() => String, {
    nullable: true,
    description:
      'Con trỏ để lần sau tiếp tục: con trỏ cuối trang, hoặc con trỏ đã gửi nếu không có gì mới. Lưu lại và gửi vào "after". / Where to resume next time: the last cursor of the page, or the one sent when nothing is new. Keep it and pass it as "after".',
  })
  resumeCursor!: string | null;
}
