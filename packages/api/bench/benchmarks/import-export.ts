import { spawn } from 'node:child_process';
import { stat, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INDICATORS } from '@edu-vn/domain';
import pg from 'pg';
import { DEFAULT_SEED, schoolYears } from '../dataset/dataset-spec.ts';
import { writeImportCsv } from '../dataset/import-csv.ts';
import { readUnits } from '../dataset/load-dataset.ts';
import type { BenchContext } from '../measure/bench-context.ts';
import type { MarkdownOut } from '../measure/bench-report.ts';
import { ms, summarise, timeRuns } from '../measure/percentiles.ts';
import { ANALYST_PARAMS, FULL_PULL_PROVINCE } from '../queries/analyst-params.ts';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli', 'main.js');
/** School years before the dataset's first, so that every imported figure is new. */
const IMPORT_YEARS = schoolYears(2014, Number(process.env.BENCH_IMPORT_YEARS ?? 2));
const EXPORT_RUNS = Number(process.env.BENCH_EXPORT_RUNS ?? 3);

/** Removes what the import wrote, so the dataset stays as loaded and the next run imports new figures again. */
async function removeImported(url: string, periods: readonly string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('delete from observation_change where period = any($1)', [periods]);
    await client.query('delete from observation where period = any($1)', [periods]);
    await client.query(`delete from province_aggregate where period = any($1)`, [periods]).catch(() => undefined);
  } finally {
    await client.end();
  }
}

/**
 * Runs `cli import` as its own process; its progress bar prints one line per finished stage when stderr is not a
 * terminal, and the time each line arrives splits the run into reading, checking and writing.
 */
async function runCliImport(file: string, databaseUrl: string): Promise<{ stdout: string; stages: { name: string; seconds: number }[] }> {
  const started = performance.now();
  const child = spawn(process.execPath, [CLI, 'import', file], { env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', MIGRATE_ON_START: 'false' } });
  const stages: { name: string; seconds: number }[] = [];
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const line of chunk.toString().split('\n')) {
      const name = /^(\S.*?\/ \S+)\s+\[/.exec(line)?.[1];
      if (name && !stages.some((stage) => stage.name === name)) stages.push({ name, seconds: (performance.now() - started) / 1000 });
    }
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`cli import exited with ${code}\n${stdout.slice(0, 3000)}\n${stderr.slice(0, 2000)}`);
  return { stdout, stages };
}

/**
 * (e) Import throughput of a large synthetic CSV through `cli import` (all or nothing, as an administrator), and the
 * Sở's bulk export (GET /export/figures.csv and .xlsx for a province and a year; there is no national export).
 */
export async function importExport(context: BenchContext, out: MarkdownOut): Promise<void> {
  const { province, period } = ANALYST_PARAMS.pull;
  out.line('## Import throughput and bulk export');
  out.line();
  const exportRows: (string | number)[][] = [];
  for (const exported of [province, FULL_PULL_PROVINCE]) {
    for (const format of ['csv', 'xlsx'] as const) {
      const path = `/export/figures.${format}?province=${exported}&period=${period}`;
      let bytes = 0;
      const fetchExport = async () => {
        const response = await fetch(`${context.server.url}${path}`);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        bytes = (await response.arrayBuffer()).byteLength;
      };
      try {
        const timings = summarise(await timeRuns(fetchExport, format === 'csv' ? EXPORT_RUNS : 1, 1));
        exportRows.push([`GET ${path}`, `${(bytes / 2 ** 20).toFixed(1)} MiB`, timings.runs, ms(timings.p50), ms(timings.p95)]);
      } catch (error) {
        exportRows.push([`GET ${path}`, `**failed: ${(error as Error).message}**`, '–', '–', '–']);
      }
    }
  }
  const client = new pg.Client({ connectionString: context.database.url });
  await client.connect();
  const { rows: counted } = await client.query<{ count: number }>('select count(*)::int as count from observation where province_id = $1 and period = $2 and published_revision is not null', [province, period]);
  const units = (await readUnits(client)).filter((unit) => unit.provinceId === province && unit.era === 'pre-reform');
  await client.end();
  out.line(`Synthetic data. Export of Hà Nội’s ${counted[0]?.count.toLocaleString('en')} published figures for ${period} (and Trà Vinh’s, about 20,000), anonymous (published figures), from the API in the benchmark process; the API exports one province and one period per request (there is no national export).`);
  out.line();
  out.table(['request', 'size', 'runs', 'median ms', 'slowest ms'], exportRows);

  const file = join(tmpdir(), `edu-vn-bench-import-${process.pid}.csv`);
  await removeImported(context.database.url, IMPORT_YEARS);
  try {
    const rows = await writeImportCsv(file, units, INDICATORS, IMPORT_YEARS, DEFAULT_SEED + 1);
    const size = (await stat(file)).size;
    const started = performance.now();
    const { stdout, stages } = await runCliImport(file, context.database.url);
    const seconds = (performance.now() - started) / 1000;
    const summary = stdout.trim().split('\n').slice(-2).join(' ');
    out.line(`Import: a generated CSV of Hà Nội’s districts and communes (pre-reform) for ${IMPORT_YEARS.join(', ')}, every indicator and level, source marked as synthetic benchmark data; \`node dist/cli/main.js import <file>\` as the administrator at the console, timed from process start to exit (includes starting Node and the ORM); the stages are the times at which the CLI’s progress bar reported reading, checking and writing finished. The imported figures are deleted afterwards.`);
    out.line();
    out.table(['rows', 'file size', 'wall time s', 'rows/s', 'stages ended at (s from start)', 'CLI summary'], [[
      rows.toLocaleString('en'), `${(size / 2 ** 20).toFixed(1)} MiB`, seconds.toFixed(1), Math.round(rows / seconds).toLocaleString('en'),
      stages.map((stage) => `${stage.name} ${stage.seconds.toFixed(1)}`).join(', '), summary.replace(/\|/g, '/'),
    ]]);
  } finally {
    await rm(file, { force: true });
    await removeImported(context.database.url, IMPORT_YEARS);
  }
}
