import type { Direction, IndicatorTheme, IndicatorUnit, Level } from '@edu-vn/domain';
import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** Row of the indicator catalogue, copied from the domain package by the seeder. */
@Entity({ tableName: 'indicator' })
@Index({ properties: ['position'] })
export class IndicatorEntity {
  [PrimaryKeyProp]?: 'code';

  @PrimaryKey({ type: 'string', length: 64 })
  code!: string;

  /** Order in the catalogue (theme by theme, as the portal shows them). */
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'text' })
  nameVi!: string;

  @Property({ type: 'text' })
  nameEn!: string;

  @Property({ type: 'text' })
  definitionVi!: string;

  @Property({ type: 'text' })
  definitionEn!: string;

  @Property({ type: 'string', length: 32 })
  unit!: IndicatorUnit;

  @Property({ type: 'string', length: 32 })
  direction!: Direction;

  @Property({ type: 'string', length: 32 })
  theme!: IndicatorTheme;

  @Property({ type: 'array', columnType: 'text[]' })
  levels!: Level[];

  @Property({ type: 'text', nullable: true })
  numeratorVi!: string | null;

  @Property({ type: 'text', nullable: true })
  denominatorVi!: string | null;

  @Property({ type: 'text', nullable: true })
  numeratorEn!: string | null;

  @Property({ type: 'text', nullable: true })
  denominatorEn!: string | null;

  /** Code of the distribution this indicator is a band of. */
  @Property({ type: 'string', length: 64, nullable: true })
  distribution!: string | null;

  @Property({ type: 'integer', nullable: true })
  ordinalMax!: number | null;

  /** Breakdowns that make sense for this indicator ("sex", "ethnicity"…). */
  @Property({ type: 'array', columnType: 'text[]', nullable: true })
  disaggregations!: string[] | null;
}
