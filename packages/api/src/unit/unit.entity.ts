import type { UnitEra, UnitKind } from '@edu-vn/domain';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

export const UNIT_KINDS = ['province', 'district', 'commune'] as const satisfies readonly UnitKind[];
export const UNIT_ERAS = ['pre-reform', 'post-reform'] as const satisfies readonly UnitEra[];

/**
 * Row of an administrative unit, current or historical. The key is the domain's era-safe id ("848", "86@2025"),
 * never the bare GSO code, because post-reform units reuse old codes.
 */
@Entity({ tableName: 'admin_unit' })
@Index({ properties: ['kind', 'code', 'id'] })
export class UnitEntity {
  @PrimaryKey({ type: 'string', length: 16 })
  id!: string;

  @Enum({ items: [...UNIT_ERAS], type: 'string' })
  era!: UnitEra;

  @Property({ type: 'string', length: 5, index: true })
  code!: string;

  @Enum({ items: [...UNIT_KINDS], type: 'string' })
  kind!: UnitKind;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  shortName!: string;

  /** GSO type: "Huyện", "Thị xã", "Xã", "Đặc khu"… */
  @Property({ type: 'text' })
  type!: string;

  @ManyToOne({ entity: () => UnitEntity, nullable: true, index: true, deleteRule: 'restrict' })
  parent!: UnitEntity | null;

  @ManyToOne({ entity: () => UnitEntity, index: true, deleteRule: 'restrict' })
  province!: UnitEntity;

  /** Null when the unit is already in the earliest snapshot. */
  @Property({ type: 'date', nullable: true })
  validFrom!: string | null;

  /** Exclusive; null while the unit exists. */
  @Property({ type: 'date', nullable: true })
  validTo!: string | null;

  /** Name and parent in the 2024-05-01 snapshot where they differed. */
  @Property({ type: 'text', nullable: true })
  formerName!: string | null;

  @ManyToOne({ entity: () => UnitEntity, nullable: true, index: true, deleteRule: 'restrict' })
  formerParent!: UnitEntity | null;

  /** Search keys folded by normalizeVi (no diacritics, lower case), for diacritic-insensitive search. */
  @Property({ type: 'text' })
  shortKey!: string;

  @Property({ type: 'text' })
  nameKey!: string;

  @Property({ type: 'text', nullable: true })
  formerKey!: string | null;
}
