import type { MikroORM } from '@mikro-orm/postgresql';
import { sql } from 'kysely';

/** The tables that hold figures and their history: what a refused write must leave exactly as it was. */
export const FIGURE_TABLES = ['observation', 'observation_revision', 'observation_change', 'observation_release', 'province_aggregate'] as const;

/** Row count and an MD5 of every row's text, per figure table (tables a migration has not created yet are left out). */
export type FigureChecksum = Record<string, { rows: number; md5: string }>;

export async function figureChecksum(orm: MikroORM): Promise<FigureChecksum> {
  const db = orm.em.fork().getKysely<unknown>();
  const checksum: FigureChecksum = {};
  for (const table of FIGURE_TABLES) {
    const { rows: exists } = await sql<{ found: string | null }>`select to_regclass(${table})::text as found`.execute(db);
    if (!exists[0]?.found) continue;
    const { rows } = await sql<{ rows: number; md5: string }>`
      select count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as md5 from ${sql.table(table)} t`.execute(db);
    checksum[table] = rows[0] ?? { rows: 0, md5: '' };
  }
  return checksum;
}
