import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createDatabase, databaseUrl, dropDatabase } from '../database/database-admin.js';

/** A database of its own for one test file, copied from the seeded template. */
export interface ScratchDatabase {
  name: string;
  url: string;
  /** Runs one statement on the database with a connection of its own. */
  query<Row extends Record<string, unknown>>(text: string, values?: unknown[]): Promise<Row[]>;
  drop(): Promise<void>;
}

/** Copies the template into a fresh database (CREATE DATABASE … TEMPLATE) on the given server. */
/** Runs one statement on a connection of its own. */
export async function queryOnce<Row extends Record<string, unknown>>(url: string, text: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(text, values)).rows;
  } finally {
    await client.end();
  }
}

export async function copyTemplate(serverUrl: string, template: string, prefix = 'rel'): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await createDatabase(serverUrl, name, template);
  const url = databaseUrl(serverUrl, name);
  return {
    name,
    url,
    query: (text, values) => queryOnce(url, text, values),
    drop: () => dropDatabase(serverUrl, name),
  };
}
