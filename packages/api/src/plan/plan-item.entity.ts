import { ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { PlanEntity } from './plan.entity.js';

/** The columns of a row a plan lists in document order (a task group, a deadline): its plan, its place and its section. */
export abstract class PlanItemEntity {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => PlanEntity, deleteRule: 'cascade' })
  plan!: PlanEntity;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'string', length: 32 })
  section!: string;
}
