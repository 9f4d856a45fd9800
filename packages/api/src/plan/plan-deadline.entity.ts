import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { PlanItemEntity } from './plan-item.entity.js';

export const DEADLINE_DUE_KINDS = ['date', 'monthly', 'yearly', 'yearly_event'] as const;
export type DeadlineDueKind = (typeof DEADLINE_DUE_KINDS)[number];

/** Row of a reporting deadline set by a plan; the columns used depend on `dueKind`. */
@Entity({ tableName: 'plan_deadline' })
@Unique({ properties: ['plan', 'position'] })
export class PlanDeadlineEntity extends PlanItemEntity {
  @Property({ type: 'text' })
  descriptionVi!: string;

  @Property({ type: 'text' })
  descriptionEn!: string;

  @Enum({ items: [...DEADLINE_DUE_KINDS], type: 'string' })
  dueKind!: DeadlineDueKind;

  @Property({ type: 'date', nullable: true })
  dueDate!: string | null;

  /** Day of the month for a monthly deadline. */
  @Property({ type: 'smallint', nullable: true })
  dueDay!: number | null;

  /** Month of the year for a yearly deadline. */
  @Property({ type: 'smallint', nullable: true })
  dueMonth!: number | null;

  @Property({ type: 'text', nullable: true })
  dueEventVi!: string | null;

  @Property({ type: 'text', nullable: true })
  dueEventEn!: string | null;

  /** Strictly before the date, day, month or event; otherwise on or by it. */
  @Property({ type: 'boolean' })
  dueBefore!: boolean;

  @Property({ type: 'text', nullable: true })
  reporter!: string | null;

  @Property({ type: 'text', nullable: true })
  recipient!: string | null;
}
