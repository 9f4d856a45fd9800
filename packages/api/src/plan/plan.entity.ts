import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { UnitEntity } from '../unit/unit.entity.js';

/** Row of a plan document (kế hoạch) with its metadata and full text. */
@Entity({ tableName: 'plan' })
export class PlanEntity {
  /** The seed file's prefix: "000" … "004". */
  @PrimaryKey({ type: 'string', length: 16 })
  id!: string;

  @Property({ type: 'text', nullable: true })
  number!: string | null;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  issuer!: string;

  @ManyToOne({ entity: () => UnitEntity, index: true, deleteRule: 'restrict' })
  unit!: UnitEntity;

  @Property({ type: 'date', nullable: true })
  issuedOn!: string | null;

  @Property({ type: 'text', nullable: true })
  signerName!: string | null;

  @Property({ type: 'text', nullable: true })
  signerTitle!: string | null;

  @Property({ type: 'string', length: 16 })
  period!: string;

  @Property({ type: 'text', nullable: true })
  theme!: string | null;

  @Property({ type: 'text' })
  source!: string;

  /** The document's full text, loaded only when asked for. */
  @Property({ type: 'text', lazy: true })
  text!: string;
}
