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

  /** The cause in English, when there is one: illustrative explanations carry it, a district writes Vietnamese only. */
  @Property({ type: 'text', nullable: true })
  causeEn?: string | null;

  /** The remedy in English, when there is one. */
  @Property({ type: 'text', nullable: true })
  remedyEn?: string | null;

  /** Generated for demonstration, not written by the district; a district's own explanation replaces it. */
  @Property({ type: 'boolean', default: false })
  illustrative!: boolean;

  @Property({ type: 'text' })
  recordedBy!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  recordedAt!: Date;

  @Property({ type: 'integer', version: true })
  version!: number;
}
