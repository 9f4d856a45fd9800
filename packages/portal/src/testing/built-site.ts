import { spawn } from 'node:child_process';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Root of the portal package. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(PACKAGE_ROOT, 'dist');
const LOCK = join(PACKAGE_ROOT, 'node_modules/.cache/portal-build.lock');
/** What the built site depends on: its own sources, and the API and domain that produce its data. */
const INPUTS = ['src', 'public', 'astro.config.ts', '../api/src', '../domain/src', '../domain/data'];

async function newestInput(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  const times = await Promise.all(entries.filter((e) => !e.endsWith('.test.ts')).map((e) => newestInput(join(path, e))));
  return Math.max(info.mtimeMs, ...times);
}

async function isFresh(): Promise<boolean> {
  const built = await stat(join(DIST, 'pagefind/pagefind.js')).catch(() => null);
  if (!built) return false;
  if (process.env.PORTAL_REBUILD === '1') return false;
  const inputs = await Promise.all(INPUTS.map((p) => newestInput(join(PACKAGE_ROOT, p))));
  return Math.max(...inputs) < built.mtimeMs;
}

/** The environment of a build run by hand: without the test runner's markers, which the config reads as "component tests". */
function buildEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST'));
}

function build(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(PACKAGE_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: PACKAGE_ROOT, env: buildEnvironment(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-8_000)));
    child.stderr.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-8_000)));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`astro build failed (${code}):\n${output}`))));
  });
}

async function acquire(): Promise<boolean> {
  await mkdir(join(LOCK, '..'), { recursive: true });
  try {
    await mkdir(LOCK);
    return true;
  } catch {
    const info = await stat(LOCK).catch(() => null);
    if (info && Date.now() - info.mtimeMs > 20 * 60_000) await rm(LOCK, { recursive: true, force: true });
    return false;
  }
}

/**
 * The built site for browser tests: built once (API started on the embedded PostgreSQL unless API_URL is set)
 * and reused while no source file is newer; test files running in parallel wait for one build.
 */
export async function builtSite(): Promise<string> {
  for (;;) {
    if (await isFresh()) return DIST;
    if (await acquire()) {
      try {
        if (!(await isFresh())) await build();
        return DIST;
      } finally {
        await rm(LOCK, { recursive: true, force: true });
      }
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
}
