import { OBSERVATION_STATUSES, type ObservationStatus } from '@edu-vn/domain';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { ObservationEntity } from './observation.entity.js';

/** Row of one revision of a figure: the first report and every later correction, each with its reason. */
@Entity({ tableName: 'observation_revision' })
@Unique({ name: 'observation_revision_number_unique', properties: ['observation', 'number'] })
export class ObservationRevisionEntity {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => ObservationEntity, deleteRule: 'cascade' })
  observation!: ObservationEntity;

  /** 1 for the first report, then 2, 3… for each correction. */
  @Property({ type: 'integer' })
  number!: number;

  @Property({ type: 'double' })
  value!: number;

  @Property({ type: 'integer', nullable: true })
  numerator!: number | null;

  @Property({ type: 'integer', nullable: true })
  denominator!: number | null;

  /** Where this revision is in review; a published revision stays published when a later one is drafted. */
  @Enum({ items: [...OBSERVATION_STATUSES], type: 'string' })
  status!: ObservationStatus;

  /** Why the figure was corrected; null for the first report. */
  @Property({ type: 'text', nullable: true })
  reason!: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  recordedAt!: Date;

  /** Who recorded it: an account name or the importing process. */
  @Property({ type: 'text' })
  recordedBy!: string;
}
