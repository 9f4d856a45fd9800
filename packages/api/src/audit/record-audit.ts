import { sql, type Kysely } from 'kysely';

/** One entry of the audit log. */
export interface AuditEntry {
  actor: string;
  action: string;
  subjectType: string;
  subjectId: string;
  unitId: string | null;
  details: Record<string, unknown>;
  comment: string | null;
}

/** Writes an audit entry in the caller's transaction, so the log and the change stand or fall together. */
export async function recordAudit(db: Kysely<unknown>, entry: AuditEntry): Promise<void> {
  await sql`insert into audit_event (actor, action, subject_type, subject_id, unit_id, details, comment)
    values (${entry.actor}, ${entry.action}, ${entry.subjectType}, ${entry.subjectId}, ${entry.unitId}, ${JSON.stringify(entry.details)}::jsonb, ${entry.comment})`.execute(db);
}
