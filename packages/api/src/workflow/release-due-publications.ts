import { sql, type Kysely } from 'kysely';
import { recordChanges } from '../feed/record-changes.js';
import { cancelReleases, publishFigures } from './figure-status-sql.js';

interface DueRow {
  observation_id: number;
  scheduled_by: string;
  current: boolean;
}

/**
 * Publishes every scheduled figure whose time has come, as the officer who scheduled it, in one transaction. A
 * schedule whose figure has moved on (corrected, returned) is dropped. Rows another instance holds are skipped, so
 * two instances never publish one figure twice. Returns the ids published.
 */
export async function releaseDuePublications(db: Kysely<unknown>, now: Date = new Date()): Promise<number[]> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<DueRow>`select r.observation_id, r.scheduled_by, (o.revision = r.revision and o.status = 'approved') as current
      from observation_release r join observation o on o.id = r.observation_id
      where r.publish_at <= ${now}::timestamptz
      order by r.observation_id for update of r, o skip locked`.execute(trx);
    await cancelReleases(trx, rows.filter((row) => !row.current).map((row) => row.observation_id));
    const due = rows.filter((row) => row.current);
    await publishFigures(trx, due.map((row) => row.observation_id));
    const byActor = new Map<string, number[]>();
    for (const row of due) byActor.set(row.scheduled_by, [...(byActor.get(row.scheduled_by) ?? []), row.observation_id]);
    for (const [actor, ids] of byActor) await recordChanges(trx, 'published', actor, ids.map((observationId) => ({ observationId, comment: null })));
    return due.map((row) => row.observation_id);
  });
}
