import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { UnitEntity } from '../unit/unit.entity.js';
import { ROLES, type Role } from './role.js';

/** Row of a person or system that holds API tokens: a district or province officer, or an administrator. */
@Entity({ tableName: 'account' })
export class AccountEntity {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** Login name, written into the audit log and into the revisions the account records. */
  @Property({ type: 'string', length: 64, unique: true })
  name!: string;

  @Property({ type: 'text' })
  displayName!: string;

  @Enum({ items: [...ROLES], type: 'string' })
  role!: Role;

  /** The district of a district officer, the province of a province officer; null for an administrator. */
  @ManyToOne({ entity: () => UnitEntity, nullable: true, index: true, deleteRule: 'restrict' })
  unit!: UnitEntity | null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
