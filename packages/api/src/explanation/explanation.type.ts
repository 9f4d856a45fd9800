import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../workflow/user-error.type.js';

/** Why a target was not met and what the district will do, published beside the figure. */
@ObjectType({ description: 'Giải trình chỉ tiêu không đạt: nguyên nhân và giải pháp. / Why a target was not met, and the remedy.' })
export class TargetExplanation {
  @Field(() => String, { description: 'Nguyên nhân. / The cause.' })
  cause!: string;

  @Field(() => String, { description: 'Giải pháp khắc phục. / The remedy.' })
  remedy!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Nguyên nhân bằng tiếng Anh, khi có (huyện chỉ ghi tiếng Việt). / The cause in English, when there is one (a district writes Vietnamese only).',
  })
  causeEn!: string | null;

  @Field(() => String, { nullable: true, description: 'Giải pháp khắc phục bằng tiếng Anh, khi có. / The remedy in English, when there is one.' })
  remedyEn!: string | null;

  @Field(() => Boolean, {
    description:
      'Giải trình minh họa do máy sinh ra để trình diễn, không phải của huyện; lời giải trình của huyện sẽ thay thế nó. / An illustrative explanation generated for demonstration, not the district’s own; the district’s explanation replaces it.',
  })
  illustrative!: boolean;

  @Field(() => GraphQLDateTimeISO, { description: 'Thời điểm ghi. / When it was recorded.' })
  recordedAt!: Date;

  @Field(() => Int, { description: 'Phiên bản, gửi lại khi sửa. / Version, to send back when changing it.' })
  version!: number;
}

@InputType({ description: 'Giải trình một chỉ tiêu không đạt. / Explain a target not met.' })
export class ExplanationSetInput {
  @Field(() => ID, { description: 'Chỉ tiêu. / The target.' })
  target!: string;

  @Field(() => String, { description: 'Nguyên nhân. / The cause.' })
  cause!: string;

  @Field(() => String, { description: 'Giải pháp khắc phục. / The remedy.' })
  remedy!: string;

  @Field(() => Int, { nullable: true, description: 'Phiên bản đã đọc, khi sửa giải trình đã có. / The version read, to change an existing explanation.' })
  version?: number | null;
}

@ObjectType({ description: 'Kết quả giải trình. / The result of explaining a target.' })
export class ExplanationSetPayload {
  @Field(() => TargetExplanation, { nullable: true, description: 'Giải trình đã ghi. / The explanation recorded.' })
  explanation!: TargetExplanation | null;

  @Field(() => [UserError], { description: 'Lỗi do dữ liệu gửi lên. / Mistakes in the input.' })
  userErrors!: UserError[];
}
