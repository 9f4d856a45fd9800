import pg from 'pg';

/** Runs statements on a server's maintenance database ("postgres"), which CREATE/DROP DATABASE need. */
async function onMaintenanceDatabase<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = new URL(serverUrl);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates a database unless it exists; from a template when given (a fast file copy of a seeded database). */
export async function createDatabase(serverUrl: string, name: string, template?: string): Promise<void> {
  await onMaintenanceDatabase(serverUrl, async (client) => {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount) return;
    const from = template === undefined ? '' : ` template ${client.escapeIdentifier(template)} strategy file_copy`;
    await client.query(`create database ${client.escapeIdentifier(name)}${from}`);
  });
}

/** Drops a database, closing its remaining connections. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await onMaintenanceDatabase(serverUrl, (client) => client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`));
}

/** The URL of another database on the same server. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Refuses new connections to a database and ends the open ones, as an outage would (tests of readiness). */
export async function cutOffDatabase(serverUrl: string, name: string): Promise<void> {
  await onMaintenanceDatabase(serverUrl, async (client) => {
    await client.query(`alter database ${client.escapeIdentifier(name)} allow_connections false`);
    await client.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [name]);
  });
}
