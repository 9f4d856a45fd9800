/**
 * Loads the synthetic national dataset into the benchmark database, run on demand after `tsc -b`:
 * `node packages/api/bench/load-national.ts [--force] [--refresh]` (reload; recompute province aggregates). BENCH_DATABASE_URL targets a given database; otherwise an
 * embedded PostgreSQL keeps it in .data/bench-postgres, loaded once and reused by `bench/run.ts`.
 */
import 'reflect-metadata';
import pg from 'pg';
import { createLogger } from '../dist/logger.js';
import { MarkdownOut, saveSection } from './measure/bench-report.ts';
import { openBenchDatabase } from './dataset/bench-database.ts';
import { NATIONAL_SPEC } from './dataset/dataset-spec.ts';
import { loadDataset } from './dataset/load-dataset.ts';
import { refreshAggregates } from './dataset/refresh-aggregates.ts';
import { tableSizes } from './dataset/table-sizes.ts';

const log = (line: string) => process.stderr.write(`${line}\n`);
const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
const database = await openBenchDatabase(logger, { unsafeFast: true });
try {
  const report = await loadDataset(database.url, NATIONAL_SPEC, { force: process.argv.includes('--force'), log });
  const refreshed = report.skipped && !process.argv.includes('--refresh') ? null : await refreshAggregates(database.url, log);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const sizes = await tableSizes(client).finally(() => client.end());
  const markdown = new MarkdownOut();
  const out = (line = '') => markdown.line(line);
  out('## Loading the dataset');
  out();
  out(report.skipped ? 'Dataset already loaded (use --force to reload).' : 'Synthetic national dataset loaded (every figure flagged illustrative).');
  out();
  out('| measure | value |');
  out('| --- | --- |');
  out(`| observations (one revision each) | ${report.rows.toLocaleString('en')} |`);
  if (!report.skipped) {
    out(`| COPY (both tables, no indexes) | ${report.copySeconds.toFixed(1)} s, ${Math.round(report.rows / report.copySeconds).toLocaleString('en')} rows/s |`);
    out(`| index and key rebuild | ${report.indexSeconds.toFixed(1)} s |`);
    out(`| total with VACUUM ANALYZE | ${report.totalSeconds.toFixed(1)} s, ${Math.round(report.rows / report.totalSeconds).toLocaleString('en')} rows/s |`);
  }
  if (refreshed) out(`| province aggregates refresh | ${refreshed} |`);
  out();
  out('| table | rows (estimate) | table | indexes | total |');
  out('| --- | --- | --- | --- | --- |');
  for (const size of sizes) out(`| ${size.table} | ${size.rows.toLocaleString('en')} | ${size.table_size} | ${size.index_size} | ${size.total_size} |`);
  if (!report.skipped) await saveSection('dataset-load', markdown.lines.join('\n'));
} finally {
  await database.stop();
}
