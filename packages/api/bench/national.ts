/**
 * National-scale benchmark, run on demand (never by the tests), after `tsc -b`: `node packages/api/bench/national.ts`
 * (BENCH_ITERATIONS, BENCH_RATES, BENCH_SECONDS tune it). It starts a throwaway PostgreSQL, fills it with a synthetic figure for every pre-reform district,
 * every indicator and level and five school years (all flagged illustrative), then prints as Markdown: rows and
 * seed time, p50/p95 latency of typical GraphQL requests over HTTP, the ratio to raw SQL returning the same data,
 * latency at a fixed arrival rate, and EXPLAIN (ANALYZE, BUFFERS) of the statements the API sent.
 */
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { sql, type Kysely } from 'kysely';
import pg, { type Pool, type PoolClient } from 'pg';
import { pino } from 'pino';
import { createDatabase } from '../dist/database/database-admin.js';
import { ormConfig } from '../dist/database/orm-config.js';
import { prepareDatabase } from '../dist/database/prepare-database.js';
import { startTemporaryPostgres } from '../dist/database/temporary-postgres.js';
import { createLogger } from '../dist/logger.js';
import { createSchema } from '../dist/schema.js';
import { startServer } from '../dist/server.js';

const SCHOOL_YEARS = ['2020-2021', '2021-2022', '2022-2023', '2023-2024', '2024-2025'];
const SOURCE = 'Số liệu minh họa — generated (benchmark)';
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
const RATES_PER_SECOND = (process.env.BENCH_RATES ?? '10,20,40').split(',').map(Number);
const RATE_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

const out: string[] = [];
const print = (line = '') => {
  out.push(line);
  process.stdout.write(`${line}\n`);
};

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}
const ms = (value: number) => value.toFixed(1);

/** Records every statement (text and parameters) the API's pool sends, to count and EXPLAIN them. */
function recordStatements(log: { text: string; values: unknown[] }[]) {
  return (pool: Pool) => {
    pool.on('connect', (client: PoolClient) => {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
        const [first, second] = args;
        const text = typeof first === 'string' ? first : String((first as { text?: string }).text);
        const values = Array.isArray(second) ? second : ((first as { values?: unknown[] }).values ?? []);
        log.push({ text, values });
        return query(...args);
      };
    });
  };
}

/** One synthetic figure per district × indicator × level × school year, computed in the server from a hash. */
async function seedNational(db: Kysely<unknown>): Promise<{ rows: number; ms: number }> {
  const started = performance.now();
  await sql`truncate observation_revision, observation restart identity`.execute(db);
  await sql`
    insert into observation (indicator_code, unit_id, province_id, level, period, value, numerator, denominator, status, revision,
      published_revision, published_value, published_numerator, published_denominator, illustrative, source, version, created_at, updated_at)
    select g.indicator_code, g.unit_id, g.province_id, g.level, g.period,
      case when g.rate then round((100.0 * g.num / g.den)::numeric, 4)::float8 else g.plain end,
      case when g.rate then g.num end, case when g.rate then g.den end,
      g.status, 1, case when g.status = 'published' then 1 end,
      case when g.status = 'published' then (case when g.rate then round((100.0 * g.num / g.den)::numeric, 4)::float8 else g.plain end) end,
      case when g.status = 'published' and g.rate then g.num end, case when g.status = 'published' and g.rate then g.den end,
      true, ${SOURCE}, 1, now(), now()
    from (
      select i.code as indicator_code, d.id as unit_id, d.province_id, l.level, p.period,
        i.unit = 'percent' and i.numerator_vi is not null as rate,
        1000 + (abs(hashtext(d.id || i.code || l.level || p.period)) % 9000) as den,
        floor((1000 + (abs(hashtext(d.id || i.code || l.level || p.period)) % 9000))
          * (0.80 + 0.20 * ((abs(hashtext(p.period || d.id || i.code)) % 1000) / 1000.0)))::int as num,
        case i.unit when 'ordinal' then 1 + abs(hashtext(d.id || i.code)) % 3 else abs(hashtext(d.id || i.code || p.period)) % 100 end::float8 as plain,
        case when p.period = '2024-2025' and abs(hashtext(d.id || i.code || l.level)) % 10 = 0 then 'approved' else 'published' end as status
      from admin_unit d
      cross join indicator i
      cross join lateral unnest(i.levels) as l(level)
      cross join unnest(${SCHOOL_YEARS}::text[]) as p(period)
      where d.kind = 'district' and d.era = 'pre-reform' and d.valid_to = '2025-07-01'
    ) g`.execute(db);
  await sql`
    insert into observation_revision (observation_id, number, value, numerator, denominator, status, reason, recorded_at, recorded_by)
    select id, 1, value, numerator, denominator, status, null, created_at, 'benchmark generator' from observation`.execute(db);
  await sql`analyze observation`.execute(db);
  await sql`analyze observation_revision`.execute(db);
  const { rows } = await sql<{ count: number }>`select count(*)::int as count from observation`.execute(db);
  return { rows: rows[0]?.count ?? 0, ms: performance.now() - started };
}

interface Scenario {
  name: string;
  query: string;
  /** Raw SQL returning the same data, for the GraphQL / SQL ratio. */
  raw?: (db: Kysely<unknown>) => Promise<unknown>;
}

const SCENARIOS: Scenario[] = [
  {
    name: 'observations: one province, one year, one indicator (with unit, indicator)',
    query: `{ observations(filter: { province: "01", periods: ["2024-2025"], indicators: ["dropout_rate"] }, first: 100) {
      totalCount illustrative nodes { value numerator denominator level unit { name } indicator { nameVi } } } }`,
    raw: (db) =>
      sql`select o.value, o.numerator, o.denominator, o.level, u.name, i.name_vi, count(*) over () as total from observation o
        join admin_unit u on u.id = o.unit_id join indicator i on i.code = o.indicator_code
        where o.province_id = '01' and o.period = '2024-2025' and o.indicator_code = 'dropout_rate' and o.published_revision is not null
        order by o.unit_id, o.indicator_code, o.level, o.period, o.id limit 100`.execute(db),
  },
  {
    name: 'observations: one district, one year, 100 figures with targets and revisions',
    query: `{ observations(filter: { units: ["850"], periods: ["2024-2025"] }, first: 100) {
      totalCount nodes { value unit { name } indicator { nameVi } targets { wording } revisions(first: 3) { nodes { number value } } } } }`,
    raw: (db) =>
      sql`select o.value, u.name, i.name_vi, t.wording, r.number, r.value as revision_value from (
          select * from observation where unit_id = '850' and period = '2024-2025' and published_revision is not null
          order by unit_id, indicator_code, level, period, id limit 100) o
        join admin_unit u on u.id = o.unit_id join indicator i on i.code = o.indicator_code
        left join target t on t.unit_id = o.unit_id and t.indicator_code = o.indicator_code and t.level = o.level and t.period = o.period
        left join observation_revision r on r.observation_id = o.id and r.status = 'published'`.execute(db),
  },
  {
    name: 'observations: national, one year, one indicator (first 100 of ~700)',
    query: `{ observations(filter: { periods: ["2024-2025"], indicators: ["primary_completion_rate"] }, first: 100) {
      totalCount nodes { value unit { name } } } }`,
    raw: (db) =>
      sql`select o.value, u.name, count(*) over () as total from observation o join admin_unit u on u.id = o.unit_id
        where o.period = '2024-2025' and o.indicator_code = 'primary_completion_rate' and o.published_revision is not null
        order by o.unit_id, o.indicator_code, o.level, o.period, o.id limit 100`.execute(db),
  },
  {
    name: 'scorecard: Duyên Hải 2024-2025 (every target of plan 003)',
    query: `{ scorecard(unit: "850", period: "2024-2025") { summary { total met notMet noData }
      levels { level entries { target { wording } actual { value } attainment { status margin } } } } }`,
  },
  {
    name: 'districtComparison: Hà Nội, dropout THCS 2024-2025',
    query: `{ districtComparison(province: "01", indicator: "dropout_rate", level: THCS, period: "2024-2025") {
      reported expected districts { rank unit { name } observation { value } } provinceAggregated { value refusal { code } } } }`,
  },
  {
    name: 'series: Trà Vinh re-based onto the new Vĩnh Long, 5 years',
    query: `{ series(indicator: "dropout_rate", unit: "84", level: THCS, from: "2020-2021", to: "2024-2025", basis: REBASED) {
      points { period value refusal { code } parts { unit { name } } } } }`,
  },
];

async function main(): Promise<void> {
  const logger = createLogger('warn');
  const postgres = await startTemporaryPostgres(logger);
  const statements: { text: string; values: unknown[] }[] = [];
  try {
    await createDatabase(postgres.url('postgres'), 'bench');
    const url = postgres.url('bench');
    await prepareDatabase(url, logger);
    const seedOrm = await MikroORM.init(ormConfig(url));
    const seeded = await seedNational(seedOrm.em.fork().getKysely<unknown>()).finally(() => seedOrm.close());
    const orm = await MikroORM.init(ormConfig(url, { driverOptions: { statement_timeout: 5000, onPoolCreated: recordStatements(statements) } }));
    const db = orm.em.fork().getKysely<unknown>();
    const server = await startServer({ orm, schema: await createSchema(), logger: pino({ level: 'silent' }), production: true, corsOrigins: true, port: 0, host: '127.0.0.1', rateLimitCostPerMinute: 0 });
    const post = async (query: string) => {
      const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      const body = (await response.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(`${query}\n${JSON.stringify(body.errors)}`);
    };
    try {
      const { rows: districts } = await sql<{ count: number }>`select count(*)::int as count from admin_unit where kind = 'district' and era = 'pre-reform' and valid_to = '2025-07-01'`.execute(db);
      const { rows: size } = await sql<{ size: string }>`select pg_size_pretty(pg_total_relation_size('observation')) as size`.execute(db);
      print('# National-scale benchmark');
      print();
      print(`Run ${new Date().toISOString().slice(0, 10)} on this machine (${(await import('node:os')).cpus().length} cores), Node ${process.version}, embedded PostgreSQL with fsync off, API and database on loopback.`);
      print('Every figure below is synthetic and flagged illustrative; the numbers measure the software, not education.');
      print('On a shared machine absolute times vary between runs (up to 2× here); statement counts, plans and ratios are the stable part.');
      print();
      print('## Data');
      print();
      print('| measure | value |');
      print('| --- | --- |');
      print(`| districts (pre-reform, last list) | ${districts[0]?.count} |`);
      print(`| school years | ${SCHOOL_YEARS.length} (${SCHOOL_YEARS[0]} … ${SCHOOL_YEARS.at(-1)}) |`);
      print(`| observation rows (plus one revision each) | ${seeded.rows.toLocaleString('en')} |`);
      print(`| seed time (insert … select, revisions, analyze) | ${ms(seeded.ms / 1000)} s |`);
      print(`| observation table with indexes | ${size[0]?.size} |`);
      print();
      print(`## Latency of typical requests (${ITERATIONS} sequential requests each, after 10 warm-up)`);
      print();
      print('| request | SQL statements | p50 ms | p95 ms | raw SQL p50 ms | GraphQL / SQL |');
      print('| --- | --- | --- | --- | --- | --- |');
      const explained: { name: string; statements: { text: string; values: unknown[] }[] }[] = [];
      for (const scenario of SCENARIOS) {
        for (let i = 0; i < 10; i += 1) await post(scenario.query);
        statements.splice(0);
        await post(scenario.query);
        explained.push({ name: scenario.name, statements: [...statements] });
        const timings: number[] = [];
        for (let i = 0; i < ITERATIONS; i += 1) {
          const started = performance.now();
          await post(scenario.query);
          timings.push(performance.now() - started);
        }
        let rawCell = '–';
        let ratioCell = '–';
        if (scenario.raw) {
          const rawTimings: number[] = [];
          for (let i = 0; i < 10; i += 1) await scenario.raw(db);
          for (let i = 0; i < ITERATIONS; i += 1) {
            const started = performance.now();
            await scenario.raw(db);
            rawTimings.push(performance.now() - started);
          }
          rawCell = ms(percentile(rawTimings, 50));
          ratioCell = `${(percentile(timings, 50) / percentile(rawTimings, 50)).toFixed(1)}×`;
        }
        print(`| ${scenario.name} | ${explained.at(-1)?.statements.length} | ${ms(percentile(timings, 50))} | ${ms(percentile(timings, 95))} | ${rawCell} | ${ratioCell} |`);
      }
      print();
      print(`## Fixed arrival rate, ${RATE_SECONDS} s per rate, the six requests in turn`);
      print();
      print('The load generator runs in the same Node process as the API (one event loop for both), on the same 2 cores as PostgreSQL.');
      print('Latency is measured from when each request was due, so a slow answer delays the count instead of hiding.');
      print();
      print('| rate (requests/s) | sent | failed | p50 ms | p95 ms | p99 ms | max ms |');
      print('| --- | --- | --- | --- | --- | --- | --- |');
      for (const rate of RATES_PER_SECOND) {
        const latencies: number[] = [];
        let failures = 0;
        const total = rate * RATE_SECONDS;
        const started = performance.now();
        const inFlight: Promise<void>[] = [];
        for (let i = 0; i < total; i += 1) {
          const due = started + (i * 1000) / rate;
          const wait = due - performance.now();
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
          const scenario = SCENARIOS[i % SCENARIOS.length]!;
          inFlight.push(
            post(scenario.query).then(
              () => void latencies.push(performance.now() - due),
              () => void failures++,
            ),
          );
        }
        await Promise.all(inFlight);
        print(`| ${rate} | ${total} | ${failures} | ${ms(percentile(latencies, 50))} | ${ms(percentile(latencies, 95))} | ${ms(percentile(latencies, 99))} | ${ms(Math.max(...latencies))} |`);
      }
      print();
      print('## EXPLAIN (ANALYZE, BUFFERS) of the statements the API sent');
      print();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      for (const { name, statements: sent } of explained) {
        print(`### ${name}`);
        print();
        for (const statement of sent) {
          if (!/^\s*(with|select)/i.test(statement.text)) continue;
          const plan = await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers, costs off) ${statement.text}`, statement.values);
          const lines = plan.rows.map((row) => row['QUERY PLAN']);
          const seqScan = lines.some((line) => /Seq Scan on observation\b/.test(line));
          print(`Statement: \`${statement.text.replace(/\s+/g, ' ').trim().slice(0, 160)}…\``);
          print();
          print(`Sequential scan of observation: **${seqScan ? 'yes' : 'no'}**`);
          print();
          print('```');
          for (const line of lines) print(line);
          print('```');
          print();
        }
      }
      await client.end();
    } finally {
      await server.close();
      await orm.close();
    }
  } finally {
    await postgres.stop();
  }
}

await main();
