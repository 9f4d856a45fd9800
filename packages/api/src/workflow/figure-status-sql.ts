import type { ObservationStatus } from '@edu-vn/domain';
import { sql, type Kysely } from 'kysely';
import { refreshProvinceAggregates } from '../province-scorecard/refresh-province-aggregates.js';
import { bumpPublicationVersion } from '../publication/bump-publication-version.js';

/** Moves figures, and their current revisions, to a status; bumps the version so stale copies conflict. */
export async function setFigureStatus(db: Kysely<unknown>, ids: readonly number[], status: ObservationStatus): Promise<void> {
  if (ids.length === 0) return;
  await sql`update observation set status = ${status}, version = version + 1, updated_at = now() where id = any(${[...ids]}::int[])`.execute(db);
  await sql`update observation_revision r set status = ${status} from observation o
    where o.id = r.observation_id and r.number = o.revision and o.id = any(${[...ids]}::int[])`.execute(db);
}

/** Publishes the current revision of figures: what the public sees becomes the current value, and the province sums follow. */
export async function publishFigures(db: Kysely<unknown>, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await sql`update observation set status = 'published', published_revision = revision, published_value = value,
      published_numerator = numerator, published_denominator = denominator,
      published_source = source, published_illustrative = illustrative, version = version + 1, updated_at = now()
    where id = any(${[...ids]}::int[])`.execute(db);
  await sql`update observation_revision r set status = 'published' from observation o
    where o.id = r.observation_id and r.number = o.revision and o.id = any(${[...ids]}::int[])`.execute(db);
  await cancelReleases(db, ids);
  await refreshProvinceAggregates(db, ids);
  await bumpPublicationVersion(db);
}

/** Drops scheduled publications of figures: they were published, returned or corrected. */
export async function cancelReleases(db: Kysely<unknown>, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await sql`delete from observation_release where observation_id = any(${[...ids]}::int[])`.execute(db);
}

/** Schedules the current revision of figures for publication at a time; they stay approved until then. */
export async function scheduleReleases(db: Kysely<unknown>, ids: readonly number[], publishAt: Date, actor: string): Promise<void> {
  if (ids.length === 0) return;
  await sql`insert into observation_release (observation_id, revision, publish_at, scheduled_by)
    select o.id, o.revision, ${publishAt}::timestamptz, ${actor} from observation o where o.id = any(${[...ids]}::int[])
    on conflict (observation_id) do update set revision = excluded.revision, publish_at = excluded.publish_at,
      scheduled_by = excluded.scheduled_by, scheduled_at = now()`.execute(db);
  await sql`update observation set version = version + 1, updated_at = now() where id = any(${[...ids]}::int[])`.execute(db);
}
