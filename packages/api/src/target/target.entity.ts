import type { Comparator, Level } from '@edu-vn/domain';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { IndicatorEntity } from '../indicator/indicator.entity.js';
import { PlanEntity } from '../plan/plan.entity.js';
import { UnitEntity } from '../unit/unit.entity.js';

/** Row of a target (chỉ tiêu) as a plan states it. */
@Entity({ tableName: 'target' })
@Index({ properties: ['plan', 'position'] })
@Index({ properties: ['unit', 'period'] })
@Index({ properties: ['indicator', 'level'] })
export class TargetEntity {
  /** Stable id, e.g. "003-II.1.a-mobilisation_rate-mau_giao". */
  @PrimaryKey({ type: 'string', length: 128 })
  id!: string;

  @ManyToOne({ entity: () => PlanEntity, deleteRule: 'cascade' })
  plan!: PlanEntity;

  /** Order within the plan. */
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'string', length: 32 })
  section!: string;

  @ManyToOne({ entity: () => IndicatorEntity, deleteRule: 'restrict' })
  indicator!: IndicatorEntity;

  @Property({ type: 'string', length: 16 })
  level!: Level;

  @Property({ type: 'string', length: 16, index: true })
  period!: string;

  @ManyToOne({ entity: () => UnitEntity, deleteRule: 'restrict' })
  unit!: UnitEntity;

  @Property({ type: 'string', length: 8 })
  comparator!: Comparator;

  @Property({ type: 'double' })
  value!: number;

  @Property({ type: 'double', nullable: true })
  valueMax!: number | null;

  /** The unit the phrase states: percent, count, ratio… */
  @Property({ type: 'string', length: 32 })
  valueUnit!: string;

  /** For "giảm 0,5%": the target is a change of the rate. */
  @Property({ type: 'string', length: 16, nullable: true })
  change!: string | null;

  /** For "07/07 xã": the denominator the phrase names. */
  @Property({ type: 'double', nullable: true })
  outOf!: number | null;

  @Property({ type: 'text' })
  wording!: string;

  @Property({ type: 'text' })
  quote!: string;

  @Property({ type: 'string', length: 16, nullable: true })
  disaggregationBy!: string | null;

  @Property({ type: 'string', length: 32, nullable: true })
  disaggregationValue!: string | null;

  @Property({ type: 'text', nullable: true })
  note!: string | null;
}
