import { sql, type Kysely } from 'kysely';

/** Marks, inside the caller's transaction, that what the public can see has changed: cached public answers go stale at commit. */
export async function bumpPublicationVersion(db: Kysely<unknown>): Promise<void> {
  await sql`update publication_version set version = version + 1, changed_at = now() where id = 1`.execute(db);
}

/** The current publication version, as text (a bigint). */
export async function readPublicationVersion(db: Kysely<unknown>): Promise<string> {
  const { rows } = await sql<{ version: string }>`select version::text as version from publication_version where id = 1`.execute(db);
  return rows[0]?.version ?? '0';
}
