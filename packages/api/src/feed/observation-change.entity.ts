import { OBSERVATION_STATUSES, type ObservationStatus } from '@edu-vn/domain';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

export const CHANGE_KINDS = ['created', 'revised', 'submitted', 'approved', 'returned', 'scheduled', 'published'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * Row of the change feed and of the figures' audit trail: one row per change of a figure, with the figure as it was
 * after the change. Rows are read in the commit order of their transaction (observation_change_commit), then seq: a
 * reader resuming after a cursor never misses a change committed late, and two revisions of one figure appear in the
 * order they were committed.
 */
@Entity({ tableName: 'observation_change' })
@Index({ properties: ['txid', 'seq'] })
@Index({ properties: ['provinceId', 'txid', 'seq'] })
@Index({ properties: ['observationId', 'seq'] })
export class ObservationChangeEntity {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  seq!: string;

  /** The writing transaction's id (xid8), for the feed's order. */
  @Property({ type: 'bigint', columnType: 'xid8', defaultRaw: 'pg_current_xact_id()' })
  txid!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  at!: Date;

  @Property({ type: 'integer' })
  observationId!: number;

  @Property({ type: 'string', length: 16 })
  unitId!: string;

  @Property({ type: 'string', length: 16 })
  provinceId!: string;

  @Property({ type: 'string', length: 64 })
  indicatorCode!: string;

  @Property({ type: 'string', length: 16 })
  level!: string;

  @Property({ type: 'string', length: 16 })
  period!: string;

  @Property({ type: 'string', length: 16, nullable: true })
  disaggregationBy!: string | null;

  @Property({ type: 'string', length: 32, nullable: true })
  disaggregationValue!: string | null;

  @Enum({ items: [...CHANGE_KINDS], type: 'string' })
  kind!: ChangeKind;

  /** The figure after the change. */
  @Property({ type: 'integer' })
  revision!: number;

  @Enum({ items: [...OBSERVATION_STATUSES], type: 'string' })
  status!: ObservationStatus;

  @Property({ type: 'double' })
  value!: number;

  @Property({ type: 'integer', nullable: true })
  numerator!: number | null;

  @Property({ type: 'integer', nullable: true })
  denominator!: number | null;

  /** The figure was generated for demonstration, not reported by a person. */
  @Property({ type: 'boolean', default: false })
  illustrative!: boolean;

  /** For a scheduled publication: when it takes effect. */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  effectiveAt!: Date | null;

  @Property({ type: 'text' })
  actor!: string;

  /** The reviewer's comment on a return or approval, or the reason of a correction. */
  @Property({ type: 'text', nullable: true })
  comment!: string | null;
}
