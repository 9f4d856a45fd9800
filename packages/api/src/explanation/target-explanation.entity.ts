import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { TargetEntity } from '../target/target.entity.js';

/** Row of a district's explanation of a target not met: why, and what it will do; public once the figure is. */
@Entity({ tableName: 'target_explanation' })
export class TargetExplanationEntity {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => TargetEntity, deleteRule: 'cascade', unique: true })
  target!: TargetEntity;

  /** Nguyên nhân. */
  @Property({ type: 'text' })
  cause!: string;

  /** Giải pháp khắc phục. */
  @Property({ type: 'text' })
  remedy!: string;

  @Property({ type: 'text' })
  recordedBy!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  recordedAt!: Date;

  @Property({ type: 'integer', version: true })
  version!: number;
}
