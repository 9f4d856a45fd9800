import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** The built API entry point; the tests run the real program, as it runs in production. */
export const API_MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

/** How long the API may take to log that it listens. */
const START_TIMEOUT_MS = 30_000;

/** An API server running as a child process on loopback. */
export interface ApiProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  /** Every log line the process wrote (JSON lines parsed, other lines as text). */
  logs: (Record<string, unknown> | string)[];
  /** Resolves when the process has ended, with its exit code or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resident memory of the process in kilobytes, from /proc. */
  rssKb(): Promise<number>;
  /** Sends SIGTERM and waits for the exit; SIGKILL after the timeout. */
  stop(timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface ApiProcessOptions {
  databaseUrl: string;
  /** More environment variables (NODE_ENV, RATE_LIMIT_COST_PER_MINUTE…). */
  env?: Record<string, string>;
}

/** Resident set size of a process in kilobytes (VmRSS of /proc/<pid>/status). */
export async function residentKb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]);
}

/**
 * Starts `node dist/main.js` against an existing, migrated database on a free loopback port and resolves once it
 * logs or prints that it listens. Migration at start is off: the database is a copy of the seeded template.
 */
export async function startApiProcess(options: ApiProcessOptions): Promise<ApiProcess> {
  const child = spawn(process.execPath, [API_MAIN], {
    env: {
      PATH: process.env.PATH ?? '',
      DATABASE_URL: options.databaseUrl,
      HOST: '127.0.0.1',
      PORT: '0',
      MIGRATE_ON_START: 'false',
      LOG_LEVEL: 'info',
      RATE_LIMIT_COST_PER_MINUTE: '0',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: ApiProcess['logs'] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  let listening: (url: string) => void = () => undefined;
  const url = new Promise<string>((resolve) => {
    listening = resolve;
  });
  let pending = '';
  const onData = (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.trim()) continue;
      let entry: Record<string, unknown> | string = line;
      if (line.startsWith('{')) {
        try {
          entry = JSON.parse(line) as Record<string, unknown>;
        } catch {
          entry = line;
        }
      }
      logs.push(entry);
      if (typeof entry === 'object' && entry.msg === 'API listening' && typeof entry.url === 'string') listening(entry.url);
      const banner = typeof entry === 'string' ? /^GraphQL:\s+(http\S+)\/graphql$/.exec(entry.trim()) : null;
      if (banner?.[1]) listening(banner[1]);
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);

  let timer: NodeJS.Timeout | undefined;
  const started = await Promise.race([
    url,
    exited.then(({ code, signal }) => new Error(`the API exited during start-up (code ${code}, signal ${signal}):\n${logs.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n')}`)),
    new Promise<Error>((resolve) => {
      timer = setTimeout(() => resolve(new Error(`the API did not listen within ${START_TIMEOUT_MS} ms`)), START_TIMEOUT_MS);
    }),
  ]).finally(() => clearTimeout(timer));
  if (started instanceof Error) {
    child.kill('SIGKILL');
    throw started;
  }
  const pid = child.pid as number;
  return {
    url: started.replace('localhost', '127.0.0.1'),
    pid,
    child,
    logs,
    exited,
    rssKb: () => residentKb(pid),
    async stop(timeoutMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      return exited.finally(() => clearTimeout(killer));
    },
  };
}
