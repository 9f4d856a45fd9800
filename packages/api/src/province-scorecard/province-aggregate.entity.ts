import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { IndicatorEntity } from '../indicator/indicator.entity.js';
import { UnitEntity } from '../unit/unit.entity.js';

/**
 * Sums of the published totals of a province's direct units (districts of a pre-reform province, communes of a
 * post-reform one) for one indicator, level and period, kept in step with publication so province figures need no
 * scan of the observation table. Rebuilt by refreshProvinceAggregates().
 */
@Entity({ tableName: 'province_aggregate' })
@Index({ properties: ['province', 'period'] })
export class ProvinceAggregateEntity {
  [PrimaryKeyProp]?: ['province', 'indicator', 'level', 'period'];

  @ManyToOne({ entity: () => UnitEntity, primary: true, deleteRule: 'cascade' })
  province!: UnitEntity;

  @ManyToOne({ entity: () => IndicatorEntity, primary: true, deleteRule: 'cascade' })
  indicator!: IndicatorEntity;

  @PrimaryKey({ type: 'string', length: 16 })
  level!: string;

  @PrimaryKey({ type: 'string', length: 16 })
  period!: string;

  /** The units whose published figure is summed, sorted. */
  @Property({ type: 'text[]', columnType: 'text[]' })
  unitIds!: string[];

  /** The units among them whose figure lacks a numerator or denominator. */
  @Property({ type: 'text[]', columnType: 'text[]' })
  lackingUnitIds!: string[];

  @Property({ type: 'double' })
  valueSum!: number;

  @Property({ type: 'bigint', columnType: 'bigint' })
  numeratorSum!: string;

  @Property({ type: 'bigint', columnType: 'bigint' })
  denominatorSum!: string;

  /** Whether any summed figure is illustrative. */
  @Property({ type: 'boolean' })
  illustrative!: boolean;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  refreshedAt: Date = new Date();
}
