import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Row of a scheduled publication: an approved revision that becomes public at `publishAt`. Until then only officers
 * see it; the release step publishes it when the time comes (see release-due-publications.ts).
 */
@Entity({ tableName: 'observation_release' })
@Index({ properties: ['publishAt'] })
export class ObservationReleaseEntity {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  observationId!: number;

  /** The revision to publish; a later correction cancels the schedule. */
  @Property({ type: 'integer' })
  revision!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  publishAt!: Date;

  @Property({ type: 'text' })
  scheduledBy!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  scheduledAt!: Date;
}
