import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';

const MODULE = join(import.meta.dirname, '..', '..', 'dist', 'province-scorecard', 'refresh-province-aggregates.js');

/**
 * Recomputes every pre-computed province aggregate after the bulk load (the load bypasses the API, which keeps them
 * fresh on approval); returns how long it took, or null when this build of the API has no aggregates.
 */
export async function refreshAggregates(url: string, log: (line: string) => void): Promise<string | null> {
  if (!existsSync(MODULE)) return null;
  const { refreshProvinceAggregates } = (await import(MODULE)) as { refreshProvinceAggregates?: (db: Kysely<unknown>) => Promise<void> };
  if (!refreshProvinceAggregates) return null;
  const db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }) });
  try {
    const started = performance.now();
    log('refreshing province aggregates');
    await db.transaction().execute((tx) => refreshProvinceAggregates(tx));
    const { rows } = await sql<{ count: number }>`select count(*)::int as count from province_aggregate`.execute(db);
    return `${((performance.now() - started) / 1000).toFixed(1)} s, ${rows[0]?.count.toLocaleString('en')} rows`;
  } finally {
    await db.destroy();
  }
}
