import { sql, type Kysely } from 'kysely';

/** One column of a bulk insert: its PostgreSQL type and one value per row (null allowed). */
export interface BulkColumn {
  type: 'text' | 'date' | 'boolean' | 'integer' | 'float8';
  values: readonly unknown[];
}

/**
 * Inserts many rows in one statement by sending one array per column and unnesting them on the server:
 * a single bind parameter per column, so the row count never meets PostgreSQL's 65,535-parameter cap.
 */
export async function bulkInsert(db: Kysely<unknown>, table: string, columns: Record<string, BulkColumn>): Promise<number> {
  const entries = Object.entries(columns);
  const rowCount = entries[0]?.[1].values.length ?? 0;
  for (const [name, column] of entries) {
    if (column.values.length !== rowCount) throw new Error(`bulkInsert ${table}.${name}: ${column.values.length} values, expected ${rowCount}`);
  }
  if (rowCount === 0) return 0;
  const names = sql.join(entries.map(([name]) => sql.ref(name)));
  const arrays = sql.join(entries.map(([, column]) => sql`${column.values}::${sql.raw(column.type)}[]`));
  await sql`insert into ${sql.table(table)} (${names}) select * from unnest(${arrays})`.execute(db);
  return rowCount;
}

/** Column helpers that read one field of every row. */
export const column = {
  text: <Row>(rows: readonly Row[], get: (row: Row) => string | null | undefined): BulkColumn => ({ type: 'text', values: rows.map((row) => get(row) ?? null) }),
  date: <Row>(rows: readonly Row[], get: (row: Row) => string | null | undefined): BulkColumn => ({ type: 'date', values: rows.map((row) => get(row) ?? null) }),
  boolean: <Row>(rows: readonly Row[], get: (row: Row) => boolean | null | undefined): BulkColumn => ({
    type: 'boolean',
    values: rows.map((row) => get(row) ?? null),
  }),
  integer: <Row>(rows: readonly Row[], get: (row: Row) => number | null | undefined): BulkColumn => ({
    type: 'integer',
    values: rows.map((row) => get(row) ?? null),
  }),
  float: <Row>(rows: readonly Row[], get: (row: Row) => number | null | undefined): BulkColumn => ({
    type: 'float8',
    values: rows.map((row) => get(row) ?? null),
  }),
};
