import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../../dist/common/free-port.js';

const MAIN = join(import.meta.dirname, '..', '..', 'dist', 'main.js');

/** The API started as its own process, as in production, on a loopback port. */
export interface ApiProcess {
  pid: number;
  url: string;
  stop(): Promise<void>;
}

/** Starts dist/main.js on the database (production mode, rate limiting off) and waits until /readyz answers. */
export async function startApiProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production', RATE_LIMIT_COST_PER_MINUTE: '0', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', MIGRATE_ON_START: 'false', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`API process exited with code ${code}`))));
  const ready = (async () => {
    for (let waited = 0; waited < 120_000; waited += 250) {
      const ok = await fetch(`${url}/readyz`).then((response) => response.ok, () => false);
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error('API process not ready within 120 s');
  })();
  await Promise.race([ready, exited]);
  exited.catch(() => undefined);
  return {
    pid: child.pid!,
    url,
    async stop() {
      if (child.exitCode !== null) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await gone;
    },
  };
}
