import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';

/** A running API the build started, and how to stop it. */
export interface RunningApi {
  /** Base address, e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  stop(): Promise<void>;
}

export interface StartApiOptions {
  /** Root of the monorepo, where pnpm finds @edu-vn/api. */
  repoRoot: string;
  /** How long to wait for /readyz, in milliseconds. */
  readyTimeoutMs?: number;
  log?: (line: string) => void;
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
}

async function waitReady(url: string, child: ChildProcess, timeoutMs: number, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let childGone = false;
  void exited(child).then(() => (childGone = true));
  while (Date.now() < deadline) {
    if (childGone) throw new Error(`API dừng trước khi sẵn sàng / the API exited before it was ready:\n${output()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`API chưa sẵn sàng sau ${timeoutMs / 1000} giây / the API was not ready after ${timeoutMs / 1000} s:\n${output()}`);
}

/** Resolves once no process of the group is left. */
async function groupGone(groupId: number): Promise<void> {
  for (;;) {
    try {
      process.kill(-groupId, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Compiles the API (incrementally: quick when nothing changed), since its start script runs the compiled code. */
async function buildApi(repoRoot: string): Promise<void> {
  const tsc = createRequire(join(repoRoot, 'package.json')).resolve('typescript/bin/tsc');
  try {
    await promisify(execFile)(process.execPath, [tsc, '-b', 'packages/api'], { cwd: repoRoot });
  } catch (error) {
    const output = error as { stdout?: string; stderr?: string };
    throw new Error(`Không biên dịch được API / the API does not compile:\n${output.stdout ?? ''}${output.stderr ?? ''}`);
  }
}

/**
 * Starts `pnpm --filter @edu-vn/api start` on a free port with a throw-away embedded PostgreSQL,
 * so one command builds the whole site on a fresh machine.
 */
export async function startApi(options: StartApiOptions): Promise<RunningApi> {
  await buildApi(options.repoRoot);
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'edu-vn-portal-build-'));
  // Run as root, PostgreSQL switches to the postgres user, who must be able to enter the folder.
  await chmod(dataDir, 0o755);
  // The build is this throw-away API's only caller: no rate limit, the whole site's queries run in a few seconds.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    EMBEDDED_PG_DIR: join(dataDir, 'pg'),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    RATE_LIMIT_COST_PER_MINUTE: '0',
    MIGRATE_ON_START: 'true',
  };
  delete env.DATABASE_URL;
  const pnpm = process.env.npm_execpath && /pnpm/.test(process.env.npm_execpath) ? process.env.npm_execpath : 'pnpm';
  const [command, args] = pnpm.endsWith('.cjs') || pnpm.endsWith('.js') ? [process.execPath, [pnpm]] : [pnpm, []];
  const child = spawn(command, [...args, '--filter', '@edu-vn/api', 'start'], { cwd: options.repoRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  options.log?.(`API: starting on ${baseUrl} (embedded PostgreSQL in ${dataDir})`);

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        try {
          if (child.pid) process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 20_000);
      await exited(child);
      // pnpm may exit before the API it started: wait for the whole process group, which the timer still bounds.
      if (child.pid) await groupGone(child.pid);
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitReady(`${baseUrl}/readyz`, child, options.readyTimeoutMs ?? 240_000, () => tail);
  } catch (error) {
    await stop();
    throw error;
  }
  options.log?.('API: ready');
  return { baseUrl, stop };
}
