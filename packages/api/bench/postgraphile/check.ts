/**
 * Checks that the five PostGraphile documents return the figures our API returns for the same questions, on the demo
 * data. Run after `tsc -b packages/api`: `node packages/api/bench/postgraphile/check.ts`. Prints row counts and every
 * difference; exits with 1 when any row differs.
 */
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { pino } from 'pino';
import { createDatabase } from '../../dist/database/database-admin.js';
import { ormConfig } from '../../dist/database/orm-config.js';
import { prepareDatabase } from '../../dist/database/prepare-database.js';
import { startTemporaryPostgres } from '../../dist/database/temporary-postgres.js';
import { createLogger } from '../../dist/logger.js';
import { createSchema } from '../../dist/schema.js';
import { startServer } from '../../dist/server.js';
import { districtComparison, districtSeries, observationPage, provincePull, provinceScorecard, startPostGraphile, type AnalystQueryParams, type PostGraphileQuery } from './index.ts';

const PARAMS: AnalystQueryParams = { province: '84', district: '850', indicator: 'dropout_rate', level: 'thcs', period: '2024-2025' };
/**
 * Our API's series needs a range; this one covers every school year of the demo data. After the reform the API follows
 * a district into its new province, so only the points that are the district's own figures are compared.
 */
const SERIES_RANGE = { from: '2015-2016', to: '2025-2026' };

type Row = Record<string, string | number | boolean | null>;
type Post = (query: string, variables?: Record<string, unknown>) => Promise<any>;

function poster(url: string): Post {
  return async (query, variables = {}) => {
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
    if (body.errors || !body.data) throw new Error(`${response.status} ${JSON.stringify(body.errors)}\n${query}`);
    return body.data;
  };
}

/** A published figure from PostGraphile in the shape our API gives it. */
function pgFigure(node: any): Row {
  return {
    id: String(node.rowId),
    unit: node.unitId,
    indicator: node.indicatorCode,
    level: node.level,
    period: node.period,
    disaggregationBy: node.disaggregationBy,
    disaggregationValue: node.disaggregationValue,
    value: node.publishedValue,
    numerator: node.publishedNumerator,
    denominator: node.publishedDenominator,
    revision: node.publishedRevision,
    source: node.publishedSource,
    illustrative: node.publishedIllustrative,
  };
}

const API_FIGURE = 'id unit { id } indicator { code } level period disaggregation { by value } value numerator denominator revision source illustrative';

function apiFigure(node: any): Row {
  return {
    id: node.id,
    unit: node.unit.id,
    indicator: node.indicator.code,
    level: String(node.level).toLowerCase(),
    period: node.period,
    disaggregationBy: node.disaggregation ? String(node.disaggregation.by).toLowerCase() : null,
    disaggregationValue: node.disaggregation?.value ?? null,
    value: node.value,
    numerator: node.numerator,
    denominator: node.denominator,
    revision: node.revision,
    source: node.source,
    illustrative: node.illustrative,
  };
}

const pick = (row: Row, keys: string[]): Row => Object.fromEntries(keys.map((key) => [key, row[key] ?? null]));
const text = (row: Row) => JSON.stringify(row);

interface Comparison {
  name: string;
  /** Rows PostGraphile sent, before the client paired or trimmed them. */
  fetched: number;
  pg: Row[];
  api: Row[];
  /** Same rows in the same order (pages); otherwise the same rows in any order. */
  ordered: boolean;
  note?: string;
}

/** The differences between the two answers, as printable lines. */
function differences({ pg, api, ordered }: Comparison): string[] {
  const lines: string[] = [];
  if (ordered) {
    for (let i = 0; i < Math.max(pg.length, api.length); i += 1) {
      const [a, b] = [pg[i], api[i]];
      if (!a || !b || text(a) !== text(b)) lines.push(`  row ${i + 1}: PostGraphile ${a ? text(a) : '–'} / API ${b ? text(b) : '–'}`);
    }
    return lines;
  }
  const remaining = new Map<string, number>();
  for (const row of api) remaining.set(text(row), (remaining.get(text(row)) ?? 0) + 1);
  for (const row of pg) {
    const left = remaining.get(text(row)) ?? 0;
    if (left === 0) lines.push(`  only PostGraphile: ${text(row)}`);
    else remaining.set(text(row), left - 1);
  }
  for (const [row, left] of remaining) for (let i = 0; i < left; i += 1) lines.push(`  only API: ${row}`);
  return lines;
}

const run = (post: Post, query: PostGraphileQuery, extra: Record<string, unknown> = {}) => post(query.document, { ...query.variables(PARAMS), ...extra });

async function compareScorecard(pg: Post, api: Post): Promise<Comparison> {
  const data = await run(pg, provinceScorecard);
  let fetched = 0;
  const pgRows: Row[] = [];
  for (const district of data.allAdminUnits.nodes) {
    const figures = district.observationsByUnitId.nodes;
    fetched += 1 + district.targetsByUnitId.nodes.length + figures.length;
    for (const target of district.targetsByUnitId.nodes) {
      const actual = figures.find(
        (figure: any) =>
          figure.indicatorCode === target.indicatorCode &&
          figure.level === target.level &&
          figure.disaggregationBy === target.disaggregationBy &&
          figure.disaggregationValue === target.disaggregationValue,
      );
      pgRows.push({ district: district.rowId, target: target.rowId, ...pick(actual ? pgFigure(actual) : {}, ['id', 'value', 'numerator', 'denominator']) });
    }
  }
  const { unit } = await api(`query($province: ID!) { unit(id: $province) { children(first: 100) { nodes { id kind } } } }`, { province: PARAMS.province });
  const districts: string[] = unit.children.nodes.filter((child: any) => child.kind === 'DISTRICT').map((child: any) => child.id);
  const apiRows: Row[] = [];
  for (const district of districts) {
    const { scorecard } = await api(
      `query($unit: ID!, $period: String!) { scorecard(unit: $unit, period: $period) { levels { entries { target { id } actual { id value numerator denominator } } } } }`,
      { unit: district, period: PARAMS.period },
    );
    for (const level of scorecard.levels)
      for (const entry of level.entries)
        apiRows.push({ district, target: entry.target.id, ...pick(entry.actual ?? {}, ['id', 'value', 'numerator', 'denominator']) });
  }
  const paired = pgRows.filter((row) => row.value !== null).length;
  return { name: provinceScorecard.name, fetched, pg: pgRows, api: apiRows, ordered: false, note: `${paired} targets with a published figure` };
}

async function compareSeries(pg: Post, api: Post): Promise<Comparison> {
  const keys = ['period', 'value', 'numerator', 'denominator'];
  const data = await run(pg, districtSeries);
  const pgRows = data.allObservations.nodes.map((node: any) => pick(pgFigure(node), keys));
  const { series } = await api(
    `query($unit: ID!, $indicator: String!, $level: Level!, $from: String!, $to: String!) {
      series(unit: $unit, indicator: $indicator, level: $level, from: $from, to: $to) { points { unit { id } period value numerator denominator } } }`,
    { unit: PARAMS.district, indicator: PARAMS.indicator, level: PARAMS.level.toUpperCase(), ...SERIES_RANGE },
  );
  const apiRows = series.points.filter((point: any) => point.unit.id === PARAMS.district && point.value !== null).map((point: any) => pick(point, keys));
  return { name: districtSeries.name, fetched: pgRows.length, pg: pgRows, api: apiRows, ordered: true };
}

async function compareDistricts(pg: Post, api: Post): Promise<Comparison> {
  const keys = ['id', 'value', 'numerator', 'denominator'];
  const data = await run(pg, districtComparison);
  const pgRows: Row[] = data.allAdminUnits.nodes.map((district: any) => {
    const [figure, ...more] = district.observationsByUnitId.nodes;
    if (more.length > 0) throw new Error(`${district.rowId}: more than one total figure`);
    return { unit: district.rowId, ...pick(figure ? pgFigure(figure) : {}, keys) };
  });
  const { districtComparison: comparison } = await api(
    `query($province: ID!, $indicator: String!, $level: Level!, $period: String!) {
      districtComparison(province: $province, indicator: $indicator, level: $level, period: $period) { districts { unit { id } observation { id value numerator denominator } } } }`,
    { province: PARAMS.province, indicator: PARAMS.indicator, level: PARAMS.level.toUpperCase(), period: PARAMS.period },
  );
  const apiRows = comparison.districts.map((row: any) => ({ unit: row.unit.id, ...pick(row.observation ?? {}, keys) }));
  return { name: districtComparison.name, fetched: pgRows.length + data.allAdminUnits.nodes.length, pg: pgRows, api: apiRows, ordered: false };
}

const PULL_QUERY = `query($province: ID!, $period: String!, $after: String) {
  observations(filter: { province: $province, periods: [$period] }, first: 100, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { ${API_FIGURE} } } }`;

async function comparePull(pg: Post, api: Post): Promise<Comparison[]> {
  const pages: { pg: Row[][]; api: Row[][]; pgTotal: number; apiTotal: number } = { pg: [], api: [], pgTotal: 0, apiTotal: 0 };
  for (let after: string | null = null, more = true; more; ) {
    const { allObservations: page } = await run(pg, provincePull, { after });
    pages.pg.push(page.nodes.map(pgFigure));
    pages.pgTotal = page.totalCount;
    [after, more] = [page.pageInfo.endCursor, page.pageInfo.hasNextPage];
  }
  for (let after: string | null = null, more = true; more; ) {
    const { observations: page } = await api(PULL_QUERY, { province: PARAMS.province, period: PARAMS.period, after });
    pages.api.push(page.nodes.map(apiFigure));
    pages.apiTotal = page.totalCount;
    [after, more] = [page.pageInfo.endCursor, page.pageInfo.hasNextPage];
  }
  const total = (rows: Row[][], count: number) => [{ totalCount: count, pages: rows.length }];
  return [
    { name: `${provincePull.name} (first page)`, fetched: pages.pg[0]?.length ?? 0, pg: pages.pg[0] ?? [], api: pages.api[0] ?? [], ordered: true },
    { name: `${provincePull.name} (full pull)`, fetched: pages.pg.flat().length, pg: pages.pg.flat(), api: pages.api.flat(), ordered: false },
    { name: `${provincePull.name} (totals)`, fetched: 1, pg: total(pages.pg, pages.pgTotal), api: total(pages.api, pages.apiTotal), ordered: true },
  ];
}

async function comparePage(pg: Post, api: Post): Promise<Comparison[]> {
  const keys = ['id', 'unit', 'value', 'numerator', 'denominator'];
  const data = await run(pg, observationPage);
  const pgRows = data.allObservations.nodes.map((node: any) => ({
    ...pick(pgFigure(node), keys),
    unitName: node.adminUnitByUnitId.name,
    indicatorName: node.indicatorByIndicatorCode.nameVi,
  }));
  const { observations } = await api(
    `query($indicator: String!, $level: Level!, $period: String!) {
      observations(filter: { indicators: [$indicator], levels: [$level], periods: [$period] }, first: 100) {
        totalCount nodes { ${API_FIGURE} unit { name } indicator { nameVi } } } }`,
    { indicator: PARAMS.indicator, level: PARAMS.level.toUpperCase(), period: PARAMS.period },
  );
  const apiRows = observations.nodes.map((node: any) => ({ ...pick(apiFigure(node), keys), unitName: node.unit.name, indicatorName: node.indicator.nameVi }));
  return [
    { name: observationPage.name, fetched: pgRows.length, pg: pgRows, api: apiRows, ordered: true },
    { name: `${observationPage.name} (totalCount)`, fetched: 1, pg: [{ totalCount: data.allObservations.totalCount }], api: [{ totalCount: observations.totalCount }], ordered: true },
  ];
}

/**
 * Puts a correction awaiting approval on the district's figure that the series, comparison and pull all read, so the
 * check shows both sides give the published revision, not the pending one.
 */
async function submitCorrection(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rowCount } = await client.query(
      `with figure as (
        update observation set numerator = numerator + 1, value = round(100.0 * (numerator + 1) / denominator, 2)::float8, status = 'submitted',
          revision = revision + 1, version = version + 1, updated_at = now()
        where unit_id = $1 and indicator_code = $2 and level = $3 and period = $4 and disaggregation_by is null and published_revision is not null
        returning id, revision, value, numerator, denominator)
      insert into observation_revision (observation_id, number, value, numerator, denominator, status, reason, recorded_at, recorded_by)
      select id, revision, value, numerator, denominator, 'submitted', 'Sửa số tử / numerator corrected', now(), 'postgraphile check' from figure`,
      [PARAMS.district, PARAMS.indicator, PARAMS.level, PARAMS.period],
    );
    if (rowCount !== 1) throw new Error(`expected one published figure for ${JSON.stringify(PARAMS)}, corrected ${rowCount}`);
  } finally {
    await client.end();
  }
}

async function main(): Promise<number> {
  const logger = createLogger('warn');
  const postgres = await startTemporaryPostgres(logger);
  try {
    await createDatabase(postgres.url('postgres'), 'postgraphile_check');
    const url = postgres.url('postgraphile_check');
    await prepareDatabase(url, logger);
    await submitCorrection(url);
    const orm = await MikroORM.init(ormConfig(url));
    const server = await startServer({ orm, schema: await createSchema(), logger: pino({ level: 'silent' }), production: true, corsOrigins: true, port: 0, host: '127.0.0.1', rateLimitCostPerMinute: 0 });
    const postgraphile = await startPostGraphile(url);
    try {
      const [pg, api] = [poster(postgraphile.url), poster(server.url)];
      const comparisons = [
        await compareScorecard(pg, api),
        await compareSeries(pg, api),
        await compareDistricts(pg, api),
        ...(await comparePull(pg, api)),
        ...(await comparePage(pg, api)),
      ];
      console.log(`Parameters: ${JSON.stringify(PARAMS)}`);
      console.log('| question | rows PostGraphile sent | rows compared (PostGraphile / API) | differences | note |');
      console.log('| --- | --- | --- | --- | --- |');
      let failed = 0;
      const details: string[] = [];
      for (const comparison of comparisons) {
        const lines = differences(comparison);
        if (lines.length > 0 || comparison.pg.length === 0) failed += 1;
        if (lines.length > 0) details.push(`${comparison.name}:`, ...lines);
        console.log(`| ${comparison.name} | ${comparison.fetched} | ${comparison.pg.length} / ${comparison.api.length} | ${comparison.pg.length === 0 ? 'no rows' : lines.length} | ${comparison.note ?? ''} |`);
      }
      for (const line of details) console.log(line);
      console.log(failed === 0 ? 'Same figures from PostGraphile and from our API.' : `${failed} of ${comparisons.length} comparisons differ.`);
      return failed === 0 ? 0 : 1;
    } finally {
      await postgraphile.close();
      await server.close();
      await orm.close();
    }
  } finally {
    await postgres.stop();
  }
}

process.exitCode = await main();
