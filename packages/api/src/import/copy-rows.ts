import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type Kysely } from 'kysely';
import { once } from 'node:events';
import type pg from 'pg';
import copyStreams from 'pg-copy-streams';

/** A column of rows copied into a table: its name and PostgreSQL type (for the fallback without COPY). */
export interface CopyColumn {
  name: string;
  type: 'text' | 'integer' | 'float8' | 'boolean';
}

export type CopyValue = string | number | boolean | null;

/** Bytes of COPY text sent at a time: large enough to keep the socket busy, small enough to stay out of memory. */
const COPY_CHUNK = 256 * 1024;
/** Rows per statement when COPY cannot be used. */
const INSERT_CHUNK = 20_000;

function copyField(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return /[\\\t\n\r]/.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : value;
}

/**
 * The pg client the transaction runs on, found by its server process id among the pool's clients, so that COPY goes
 * through the same connection and transaction as the statements around it. Null when it cannot be found.
 */
async function transactionClient(em: EntityManager, db: Kysely<unknown>): Promise<pg.PoolClient | null> {
  const connection = em.getConnection('write') as { getNativeClient?: () => Promise<unknown> };
  if (typeof connection.getNativeClient !== 'function') return null;
  const pool = (await connection.getNativeClient()) as { _clients?: pg.PoolClient[] };
  const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db);
  const pid = rows[0]?.pid;
  return pool._clients?.find((client) => (client as unknown as { processID: number | null }).processID === pid) ?? null;
}

async function copyInto(client: pg.PoolClient, table: string, columns: readonly CopyColumn[], rows: Iterable<readonly CopyValue[]>): Promise<void> {
  const stream = client.query(copyStreams.from(`copy ${table} (${columns.map((column) => column.name).join(', ')}) from stdin`));
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  let text = '';
  for (const row of rows) {
    text += `${row.map(copyField).join('\t')}\n`;
    if (text.length >= COPY_CHUNK) {
      const more = stream.write(text);
      text = '';
      if (!more) await Promise.race([once(stream, 'drain'), finished]);
    }
  }
  stream.end(text);
  await finished;
}

async function insertInto(db: Kysely<unknown>, table: string, columns: readonly CopyColumn[], rows: Iterable<readonly CopyValue[]>): Promise<void> {
  let batch: (readonly CopyValue[])[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const arrays = sql.join(columns.map((column, index) => sql`${batch.map((row) => row[index] ?? null)}::${sql.raw(column.type)}[]`));
    await sql`insert into ${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column.name)))}) select * from unnest(${arrays})`.execute(db);
    batch = [];
  };
  for (const row of rows) {
    batch.push(row);
    if (batch.length >= INSERT_CHUNK) await flush();
  }
  await flush();
}

/**
 * Loads rows into a table of the caller's transaction with COPY, streamed in chunks; where the transaction's client
 * cannot be reached, with multi-row inserts instead. Same result either way.
 */
export async function copyRows(em: EntityManager, db: Kysely<unknown>, table: string, columns: readonly CopyColumn[], rows: Iterable<readonly CopyValue[]>): Promise<void> {
  const client = await transactionClient(em, db);
  if (client) await copyInto(client, table, columns, rows);
  else await insertInto(db, table, columns, rows);
}
