import type pg from 'pg';

/** Rows and on-disk size (table, indexes) of the tables that grow with the dataset. */
export async function tableSizes(client: pg.Client): Promise<{ table: string; rows: number; table_size: string; index_size: string; total_size: string }[]> {
  const { rows } = await client.query(
    `select c.relname as table, c.reltuples::bigint::int as rows, pg_size_pretty(pg_table_size(c.oid)) as table_size,
       pg_size_pretty(pg_indexes_size(c.oid)) as index_size, pg_size_pretty(pg_total_relation_size(c.oid)) as total_size
     from pg_class c where c.relkind in ('r', 'p', 'm') and c.relnamespace = current_schema()::regnamespace
       and c.relname in ('observation', 'observation_revision', 'observation_change', 'province_aggregate', 'admin_unit', 'target')
     order by pg_total_relation_size(c.oid) desc`,
  );
  return rows;
}
