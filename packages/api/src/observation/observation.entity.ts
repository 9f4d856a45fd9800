import { OBSERVATION_STATUSES, type Level, type ObservationStatus } from '@edu-vn/domain';
import { Collection } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, OneToMany, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { IndicatorEntity } from '../indicator/indicator.entity.js';
import { UnitEntity } from '../unit/unit.entity.js';
import { ObservationRevisionEntity } from './observation-revision.entity.js';

/**
 * Row of an actual figure (kết quả thực hiện) for one indicator, unit, level, period and breakdown. The value columns
 * hold the current revision (the one being worked on); the published_* columns hold the latest published revision,
 * which is what the public sees even while a correction awaits approval. Every revision stays in observation_revision.
 */
@Entity({ tableName: 'observation' })
@Index({
  name: 'observation_key_unique',
  expression:
    'create unique index "observation_key_unique" on "observation" ("indicator_code", "unit_id", "level", "period", "disaggregation_by", "disaggregation_value") nulls not distinct',
})
@Index({ name: 'observation_unit_period_level_index', properties: ['unit', 'period', 'level'] })
@Index({ name: 'observation_indicator_period_level_index', properties: ['indicator', 'period', 'level'] })
@Index({ name: 'observation_province_indicator_period_index', properties: ['province', 'indicator', 'period'] })
// Public lists in their API order (unit, indicator, level, period, id): a first page is read off the index, a total counted from it alone.
@Index({
  name: 'observation_public_province_order_index',
  expression:
    'create index "observation_public_province_order_index" on "observation" ("province_id", "unit_id", "indicator_code", "level", "period", "id") where "published_revision" is not null',
})
@Index({
  name: 'observation_public_order_index',
  expression:
    'create index "observation_public_order_index" on "observation" ("unit_id", "indicator_code", "level", "period", "id") where "published_revision" is not null',
})
export class ObservationEntity {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => IndicatorEntity, deleteRule: 'restrict' })
  indicator!: IndicatorEntity;

  @ManyToOne({ entity: () => UnitEntity, deleteRule: 'restrict' })
  unit!: UnitEntity;

  /** The unit's province (itself for a province), copied here so province-wide lists need no join. */
  @ManyToOne({ entity: () => UnitEntity, deleteRule: 'restrict' })
  province!: UnitEntity;

  @Property({ type: 'string', length: 16 })
  level!: Level;

  /** Period key: "2024-2025", "2023", "2024-2025/HK1", "2024-09". */
  @Property({ type: 'string', length: 16 })
  period!: string;

  /** Null for the total; otherwise the breakdown, spelled as in the target table ("ethnicity" / "minority"). */
  @Property({ type: 'string', length: 16, nullable: true })
  disaggregationBy!: string | null;

  @Property({ type: 'string', length: 32, nullable: true })
  disaggregationValue!: string | null;

  /** Current value in the indicator's unit; for rates 100 × numerator / denominator. */
  @Property({ type: 'double' })
  value!: number;

  @Property({ type: 'integer', nullable: true })
  numerator!: number | null;

  @Property({ type: 'integer', nullable: true })
  denominator!: number | null;

  /** Status of the current revision. */
  @Enum({ items: [...OBSERVATION_STATUSES], type: 'string' })
  status!: ObservationStatus;

  /** Number of the current revision, 1 for the first report. */
  @Property({ type: 'integer' })
  revision!: number;

  /** Number of the latest published revision, null while nothing has been published. */
  @Property({ type: 'integer', nullable: true })
  publishedRevision!: number | null;

  @Property({ type: 'double', nullable: true })
  publishedValue!: number | null;

  @Property({ type: 'integer', nullable: true })
  publishedNumerator!: number | null;

  @Property({ type: 'integer', nullable: true })
  publishedDenominator!: number | null;

  /** The source and illustrative flag of the published revision: a draft correction changes neither for the public. */
  @Property({ type: 'text', nullable: true })
  publishedSource!: string | null;

  @Property({ type: 'boolean', nullable: true })
  publishedIllustrative!: boolean | null;

  /** True for figures generated for demonstration; such figures are never real. */
  @Property({ type: 'boolean' })
  illustrative!: boolean;

  /** Where the figure comes from: a report, an import file, or the generator of illustrative figures. */
  @Property({ type: 'text' })
  source!: string;

  /** Optimistic lock: an edit made on a stale copy fails instead of overwriting a newer figure. */
  @Property({ type: 'integer', version: true })
  version!: number;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();

  /** Moves on every change, so a province can pull only what changed since its last pull. */
  @Property({ type: 'datetime', columnType: 'timestamptz', index: true, onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @OneToMany({ entity: () => ObservationRevisionEntity, mappedBy: 'observation', orderBy: { number: 'asc' } })
  revisions = new Collection<ObservationRevisionEntity>(this);
}
