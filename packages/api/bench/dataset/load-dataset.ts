import { INDICATORS } from '@edu-vn/domain';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { OBSERVATION_COLUMNS, observationLine, REVISION_COLUMNS, revisionLine } from './copy-lines.ts';
import type { DatasetSpec } from './dataset-spec.ts';
import { countObservations, generateObservations, type SyntheticObservation } from './generate-observations.ts';
import { createRowProgress } from './progress-bar.ts';
import { dropIndexes, pendingIndexes, recreateIndexes } from './table-indexes.ts';
import type { SyntheticUnit } from './unit-scope.ts';

const LOADED_TABLES = ['observation', 'observation_revision'];
const LINES_PER_CHUNK = 2_000;

/** What a load did, for the report. */
export interface LoadReport {
  rows: number;
  copySeconds: number;
  indexSeconds: number;
  totalSeconds: number;
  skipped: boolean;
}

/** The marker left on the observation table, so later runs know which dataset is loaded. */
export function datasetMarker(spec: DatasetSpec, rows: number): string {
  return `synthetic benchmark dataset seed=${spec.seed} districts=${spec.districtYears.join(',')} communes=${spec.communeYears.join(',')} post=${spec.postReformYears.join(',')} rows=${rows}`;
}

/** The units of the dataset, read from admin_unit and grouped by province so a province's figures sit together on disk. */
export async function readUnits(client: pg.Client): Promise<SyntheticUnit[]> {
  const { rows } = await client.query<SyntheticUnit>(
    `select id, era, kind, province_id as "provinceId", valid_from::text as "validFrom", valid_to::text as "validTo"
     from admin_unit order by era, province_id, kind, id`,
  );
  return rows;
}

/** The loaded dataset's marker, or null when the observation table holds something else. */
export async function loadedMarker(client: pg.Client): Promise<string | null> {
  const { rows } = await client.query<{ marker: string | null }>(`select obj_description('observation'::regclass, 'pg_class') as marker`);
  return rows[0]?.marker ?? null;
}

/** Ends a COPY stream and waits for PostgreSQL to confirm it, failing on the first error either side reports. */
function waitFor(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.once('finish', resolve);
  });
}

/**
 * Streams the generated figures into both tables at once, one pass of the generator feeding two COPY connections,
 * pausing on backpressure so memory stays flat whatever the size of the dataset.
 */
async function copyRows(url: string, rows: Iterable<SyntheticObservation>, onProgress: (rows: number) => void): Promise<void> {
  const clients = [new pg.Client({ connectionString: url }), new pg.Client({ connectionString: url })] as const;
  await Promise.all(clients.map((client) => client.connect()));
  try {
    const observations = clients[0].query(copyStreams.from(`copy observation (${OBSERVATION_COLUMNS.join(', ')}) from stdin`));
    const revisions = clients[1].query(copyStreams.from(`copy observation_revision (${REVISION_COLUMNS.join(', ')}) from stdin`));
    const done = Promise.all([waitFor(observations), waitFor(revisions)]);
    let failure: unknown = null;
    done.catch((error: unknown) => (failure = error));
    let observationLines: string[] = [];
    let revisionLines: string[] = [];
    let count = 0;
    const flush = async () => {
      const observationsOk = observations.write(observationLines.join(''));
      const revisionsOk = revisions.write(revisionLines.join(''));
      observationLines = [];
      revisionLines = [];
      onProgress(count);
      if (!observationsOk) await Promise.race([once(observations, 'drain'), done]);
      if (!revisionsOk) await Promise.race([once(revisions, 'drain'), done]);
      if (failure) throw failure;
    };
    for (const row of rows) {
      observationLines.push(observationLine(row));
      revisionLines.push(revisionLine(row));
      count += 1;
      if (observationLines.length === LINES_PER_CHUNK) await flush();
    }
    await flush();
    observations.end();
    revisions.end();
    await done;
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
}

/**
 * Replaces every figure with the synthetic national dataset: truncate, drop indexes, two COPY streams side by side
 * (figures and their first revisions), recreate indexes, reset the id sequences, ANALYZE. Skips the work when the
 * same dataset is already loaded, unless `force`.
 */
export async function loadDataset(url: string, spec: DatasetSpec, options: { force?: boolean; log: (line: string) => void }): Promise<LoadReport> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: known } = await client.query<{ code: string }>('select code from indicator');
    const codes = new Set(known.map((row) => row.code));
    const indicators = INDICATORS.filter((indicator) => codes.has(indicator.code));
    const units = await readUnits(client);
    const total = countObservations(units, indicators, spec);
    const marker = datasetMarker(spec, total);
    if (!options.force && (await loadedMarker(client)) === marker) {
      const pending = await pendingIndexes();
      if (pending.length > 0) {
        options.log('rebuilding indexes left out by an interrupted load');
        await client.query(`set maintenance_work_mem = '1GB'`);
        await recreateIndexes(client, pending, (statement, ms) => options.log(`${(ms / 1000).toFixed(1).padStart(6)} s  ${statement.slice(0, 110)}`));
        for (const table of LOADED_TABLES) await client.query(`vacuum (analyze) ${table}`);
      }
      return { rows: total, copySeconds: 0, indexSeconds: 0, totalSeconds: (performance.now() - started) / 1000, skipped: true };
    }
    options.log(`${units.length} units, ${indicators.length} indicators, ${total.toLocaleString('en')} figures to load`);
    await client.query(`set maintenance_work_mem = '1GB'`);
    await client.query(`truncate ${LOADED_TABLES.join(', ')} restart identity cascade`);
    const definitions = await dropIndexes(client, LOADED_TABLES);
    for (const table of LOADED_TABLES) await client.query(`alter table ${table} disable trigger user`);

    const copyStarted = performance.now();
    const progress = createRowProgress('COPY', total);
    progress.update(0);
    await copyRows(url, generateObservations(units, indicators, spec), (rows) => progress.update(rows));
    const copySeconds = (performance.now() - copyStarted) / 1000;

    const indexStarted = performance.now();
    await recreateIndexes(client, definitions, (statement, ms) => options.log(`${(ms / 1000).toFixed(1).padStart(6)} s  ${statement.slice(0, 110)}`));
    for (const table of LOADED_TABLES) {
      await client.query(`alter table ${table} enable trigger user`);
      await client.query(`select setval(pg_get_serial_sequence('${table}', 'id'), greatest((select max(id) from ${table}), 1))`);
    }
    const indexSeconds = (performance.now() - indexStarted) / 1000;
    for (const table of LOADED_TABLES) await client.query(`vacuum (analyze) ${table}`);
    await client.query(`comment on table observation is '${marker}'`);
    await client.query('checkpoint');
    return { rows: total, copySeconds, indexSeconds, totalSeconds: (performance.now() - started) / 1000, skipped: false };
  } finally {
    await client.end();
  }
}
