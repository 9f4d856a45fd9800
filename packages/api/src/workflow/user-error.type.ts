import { Field, ObjectType } from 'type-graphql';
import type { MutationError } from './mutation-error.js';

/** A mistake in a mutation's input, as payloads carry it (top-level errors are for faults). */
@ObjectType({ description: 'Lỗi do dữ liệu gửi lên; trường, thông báo và mã. / A mistake in the input: the field, a message and a code.' })
export class UserError {
  @Field(() => [String], { nullable: true, description: 'Đường dẫn đến trường gây lỗi, ví dụ ["items", "2", "version"]. / Path to the field at fault.' })
  field!: string[] | null;

  @Field(() => String, { description: 'Thông báo bằng tiếng Việt và tiếng Anh. / The message in Vietnamese and English.' })
  message!: string;

  @Field(() => String, {
    description:
      'Mã lỗi: BAD_USER_INPUT, NOT_FOUND, FORBIDDEN, CONFLICT (người khác đã sửa trước), INVALID_TRANSITION, VALIDATION_FAILED. / Error code: BAD_USER_INPUT, NOT_FOUND, FORBIDDEN, CONFLICT (someone changed it first), INVALID_TRANSITION, VALIDATION_FAILED.',
  })
  code!: string;

  @Field(() => String, { description: 'Quy tắc bị vi phạm, ví dụ "stale_version". / The rule broken, e.g. "stale_version".' })
  rule!: string;

  @Field(() => String, { description: 'Thông báo tiếng Việt. / The message in Vietnamese.' })
  messageVi!: string;

  @Field(() => String, { description: 'Thông báo tiếng Anh. / The message in English.' })
  messageEn!: string;
}

export function toUserError(error: MutationError): UserError {
  return { field: error.field, message: `${error.messageVi} / ${error.messageEn}`, code: error.code, rule: error.rule, messageVi: error.messageVi, messageEn: error.messageEn };
}
