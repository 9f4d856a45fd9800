import type { ScratchDatabase } from './scratch-database.js';

/** The tables an import writes: any difference in them means something was left behind. */
const WRITTEN_TABLES = ['observation', 'observation_revision', 'observation_change', 'audit_event'] as const;

export type Fingerprint = Record<(typeof WRITTEN_TABLES)[number], { rows: number; md5: string }>;

/** Row count and an order-independent checksum of every row of the tables an import writes. */
export async function fingerprint(database: ScratchDatabase): Promise<Fingerprint> {
  const entries = await Promise.all(
    WRITTEN_TABLES.map(async (table) => {
      const [row] = await database.query<{ rows: number; md5: string }>(
        `select count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as md5 from ${table} t`,
      );
      return [table, row as { rows: number; md5: string }] as const;
    }),
  );
  return Object.fromEntries(entries) as Fingerprint;
}
