import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { PlanEntity } from './plan.entity.js';

/** Row of a plan's group of tasks or solutions (nhiệm vụ, giải pháp), in document order. */
@Entity({ tableName: 'plan_task_group' })
@Unique({ properties: ['plan', 'position'] })
export class PlanTaskGroupEntity {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne({ entity: () => PlanEntity, deleteRule: 'cascade' })
  plan!: PlanEntity;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'string', length: 32 })
  section!: string;

  @Property({ type: 'text' })
  titleVi!: string;

  @Property({ type: 'text', nullable: true })
  summaryVi!: string | null;
}
