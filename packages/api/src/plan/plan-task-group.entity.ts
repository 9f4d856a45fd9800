import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import { PlanItemEntity } from './plan-item.entity.js';

/** Row of a plan's group of tasks or solutions (nhiệm vụ, giải pháp), in document order. */
@Entity({ tableName: 'plan_task_group' })
@Unique({ properties: ['plan', 'position'] })
export class PlanTaskGroupEntity extends PlanItemEntity {
  @Property({ type: 'text' })
  titleVi!: string;

  @Property({ type: 'text', nullable: true })
  summaryVi!: string | null;
}
