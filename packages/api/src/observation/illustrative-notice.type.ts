import { Field, ObjectType } from 'type-graphql';

/** A notice about the figures of a response, such as the one for illustrative figures. */
@ObjectType({ description: 'Lời báo về số liệu trong câu trả lời. / A notice about the figures in a response.' })
export class DataNotice {
  @Field(() => String, { description: 'Lời báo bằng tiếng Việt. / The notice in Vietnamese.' })
  vi!: string;

  @Field(() => String, { description: 'Lời báo bằng tiếng Anh. / The notice in English.' })
  en!: string;
}
