import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Row of the audit log for everything but figures (tokens, targets, plans, explanations, imports): who did what to
 * which object, and when. Changes to figures are logged, one row per figure, in observation_change.
 */
@Entity({ tableName: 'audit_event' })
@Index({ properties: ['at'] })
@Index({ properties: ['subjectType', 'subjectId'] })
export class AuditEventEntity {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz', defaultRaw: 'now()' })
  at!: Date;

  /** The account name, or "cli:<user>" for the command line. */
  @Property({ type: 'text' })
  actor!: string;

  /** e.g. "token.create", "target.set", "import.run". */
  @Property({ type: 'string', length: 64, index: true })
  action!: string;

  @Property({ type: 'string', length: 32 })
  subjectType!: string;

  @Property({ type: 'text' })
  subjectId!: string;

  /** The unit the object belongs to, for filtering; null for objects of no unit. */
  @Property({ type: 'string', length: 16, nullable: true })
  unitId!: string | null;

  /** What changed: before and after values or counts, as JSON. */
  @Property({ type: 'json', columnType: 'jsonb' })
  details!: Record<string, unknown>;

  @Property({ type: 'text', nullable: true })
  comment!: string | null;
}
