import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { BenchContext } from '../measure/bench-context.ts';
import type { MarkdownOut } from '../measure/bench-report.ts';
import { startApiProcess } from '../measure/api-process.ts';
import { percentile } from '../measure/percentiles.ts';

const PORTAL = join(import.meta.dirname, '..', '..', '..', 'portal');
const ASTRO = join(PORTAL, 'node_modules', '.bin', 'astro');
const MINUTES = Number(process.env.BENCH_PORTAL_MINUTES ?? 10);

/** Every file under a folder with its size in bytes. */
async function filesOf(dir: string): Promise<{ path: string; bytes: number }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries.filter((entry) => entry.isFile()).map(async (entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path: relative(dir, path), bytes: (await stat(path)).size };
    }),
  );
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * (f) The portal's static build against the API on the national dataset (API_URL, its own process), into a temporary
 * folder, stopped after a time limit: the build time, and the weight of the pages when it finishes; the last lines
 * of its log when it does not.
 */
export async function portalBuild(context: BenchContext, out: MarkdownOut): Promise<void> {
  const api = await startApiProcess(context.database.url);
  const outDir = await mkdtemp(join(tmpdir(), 'edu-vn-bench-portal-'));
  out.line('## Portal build with national-scale units');
  out.line();
  try {
    const log: string[] = [];
    const started = performance.now();
    const child = spawn(ASTRO, ['build', '--outDir', outDir], {
      cwd: PORTAL,
      env: { ...process.env, API_URL: api.url, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => log.push(...chunk.toString().split('\n').filter(Boolean)));
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGTERM'), MINUTES * 60_000);
    const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
    clearTimeout(timer);
    const seconds = (performance.now() - started) / 1000;
    const dataLines = log.filter((line) => /data:/.test(line)).map((line) => line.replace(/\x1b\[[0-9;]*m/g, '').trim());
    if (code !== 0) {
      const verdict = seconds >= MINUTES * 60 ? `did **not finish within ${MINUTES} minutes** and was stopped` : `**failed after ${seconds.toFixed(0)} s** (exit code ${code})`;
      out.line(`Synthetic data. \`astro build\` with API_URL set to the API on the national dataset ${verdict}. The last lines it logged:`);
      out.line();
      out.line('```');
      for (const line of log.map((entry) => entry.replace(/\x1b\[[0-9;]*m/g, '')).filter((entry) => !/^\s+at /.test(entry)).slice(-8)) out.line(line.slice(0, 240));
      out.line('```');
      out.line();
      return;
    }
    const files = await filesOf(outDir);
    const pages = files.filter((file) => file.path.endsWith('.html'));
    const sizes = pages.map((page) => page.bytes);
    const heaviest = [...pages].sort((a, b) => b.bytes - a.bytes).slice(0, 5);
    out.line(`Synthetic data. \`astro build --outDir <temp>\` with API_URL set to the API on the national dataset: **${seconds.toFixed(0)} s**.`);
    out.line();
    out.table(['measure', 'value'], [
      ['HTML pages', pages.length.toLocaleString('en')],
      ['all files', `${files.length.toLocaleString('en')}, ${(files.reduce((sum, file) => sum + file.bytes, 0) / 2 ** 20).toFixed(1)} MiB`],
      ['page weight p50 / p95 / max (HTML only)', `${kib(percentile(sizes, 50))} / ${kib(percentile(sizes, 95))} / ${kib(Math.max(...sizes))}`],
      ...heaviest.map((page) => [`heavy page ${page.path}`, kib(page.bytes)]),
      ...dataLines.slice(-4).map((line, index) => [`build log ${index + 1}`, line.replace(/\|/g, '/').slice(0, 160)]),
    ]);
  } finally {
    await rm(outDir, { recursive: true, force: true });
    await api.stop();
  }
}
