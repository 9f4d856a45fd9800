import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection.type.js';

/** One entry of the audit log: a change of a figure, a token, a target, a plan, an explanation or an import. */
@ObjectType({ description: 'Một dòng nhật ký: ai đã thay đổi gì, khi nào. / One audit entry: who changed what, and when.' })
export class AuditEvent {
  @Field(() => ID, { description: 'Khóa của dòng nhật ký. / Id of the entry.' })
  id!: string;

  @Field(() => GraphQLDateTimeISO, { description: 'Thời điểm. / When.' })
  at!: Date;

  @Field(() => String, { description: 'Người thực hiện (tên tài khoản hoặc "cli:…"). / Who (account name or "cli:…").' })
  actor!: string;

  @Field(() => String, { description: 'Hành động, ví dụ "observation.approved", "token.create", "target.set". / The action.' })
  action!: string;

  @Field(() => String, { description: 'Loại đối tượng: observation, api_token, target, plan, figures… / Kind of object.' })
  subjectType!: string;

  @Field(() => String, { description: 'Khóa của đối tượng. / Id of the object.' })
  subjectId!: string;

  @Field(() => ID, { nullable: true, description: 'Đơn vị của đối tượng. / The object’s unit.' })
  unitId!: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Chi tiết: giá trị trước và sau, số lượng… / Details: before and after, counts…' })
  details!: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Nhận xét hoặc lý do. / Comment or reason.' })
  comment!: string | null;
}

@ObjectType({ description: 'Nhật ký thay đổi, cũ trước. / The audit log, oldest first.' })
export class AuditEventConnection extends ConnectionType(AuditEvent, EdgeType('AuditEvent', AuditEvent, 'Một dòng nhật ký. / An audit entry.')) {}

@InputType({ description: 'Lọc nhật ký. / Filters for the audit log.' })
export class AuditEventFilter {
  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Từ thời điểm (kể cả). / From (inclusive).' })
  since?: Date | null;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'Trước thời điểm. / Before.' })
  until?: Date | null;

  @Field(() => String, { nullable: true, description: 'Người thực hiện. / Actor.' })
  actor?: string | null;

  @Field(() => String, { nullable: true, description: 'Hành động, hoặc tiền tố kết thúc bằng "." ("observation."). / Action, or a prefix ending in ".".' })
  action?: string | null;

  @Field(() => ID, { nullable: true, description: 'Đơn vị. / Unit.' })
  unit?: string | null;

  @Field(() => String, { nullable: true, description: 'Loại đối tượng. / Kind of object.' })
  subjectType?: string | null;

  @Field(() => String, { nullable: true, description: 'Khóa đối tượng. / Id of the object.' })
  subjectId?: string | null;
}
