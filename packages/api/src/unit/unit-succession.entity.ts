import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { UnitEntity } from './unit.entity.js';

export const SUCCESSION_RELATIONS = ['full', 'partial'] as const;

/** Row of the 2025 reform's mapping: an old unit passed wholly or partly into a new one. */
@Entity({ tableName: 'unit_succession' })
@Unique({ properties: ['predecessor', 'successor'] })
export class UnitSuccessionEntity {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => UnitEntity, deleteRule: 'cascade' })
  predecessor!: UnitEntity;

  @ManyToOne({ entity: () => UnitEntity, index: true, deleteRule: 'cascade' })
  successor!: UnitEntity;

  @Enum({ items: [...SUCCESSION_RELATIONS], type: 'string' })
  relation!: (typeof SUCCESSION_RELATIONS)[number];

  @Property({ type: 'date' })
  effectiveOn!: string;

  /** The mapping's own rating of the pair; null where a correction added it or it was derived. */
  @Property({ type: 'text', nullable: true })
  confidence!: string | null;

  @Property({ type: 'boolean', default: false })
  corrected!: boolean;

  /** District pairs computed from the district's communes rather than read from the mapping. */
  @Property({ type: 'boolean', default: false })
  derived!: boolean;
}
