import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestTokens, type TestAccountName } from '../auth/test-accounts.js';
import { readPublicationVersion } from '../publication/bump-publication-version.js';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { publishFigures } from '../workflow/figure-status-sql.js';
import { refreshProvinceAggregates } from './refresh-province-aggregates.js';

let app: TestApp;
let as: Record<TestAccountName, Record<string, string>>;
let db: Kysely<unknown>;

beforeAll(async () => {
  app = await createTestApp();
  as = await createTestTokens(app.orm);
  db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: app.orm.config.get('clientUrl'), max: 2 }) }) });
});
afterAll(async () => {
  await db.destroy();
  await app.close();
});

interface Sums {
  numerator_sum: number;
  denominator_sum: number;
  unit_ids: string[];
}

async function sums(reader: Kysely<unknown>, province: string, indicator: string, level: string, period: string): Promise<Sums | undefined> {
  const { rows } = await sql<Sums>`select numerator_sum::float8 as numerator_sum, denominator_sum::float8 as denominator_sum, unit_ids from province_aggregate
    where province_id = ${province} and indicator_code = ${indicator} and level = ${level} and period = ${period}`.execute(reader);
  return rows[0];
}

/** Gives a published figure a new approved revision with `extra` more in its numerator, as a correction awaiting publication. */
async function approvedCorrection(unit: string, indicator: string, level: string, period: string, extra: number): Promise<number> {
  const { rows } = await sql<{ id: number }>`update observation set numerator = published_numerator + ${extra},
      value = 100.0 * (published_numerator + ${extra}) / published_denominator, revision = revision + 1, status = 'approved'
    where unit_id = ${unit} and indicator_code = ${indicator} and level = ${level} and period = ${period} and disaggregation_by is null
    returning id`.execute(db);
  return rows[0]!.id;
}

const AGGREGATED = `query { provinceFigure(province: "84", indicator: "repetition_rate", level: THCS, period: "2024-2025", basis: AGGREGATED) {
  value numerator denominator refusal { code } parts { unit { id } observation { numerator } } } }`;

describe('province aggregates', () => {
  test('publishing a figure changes its province aggregate in the same transaction, and a rollback leaves it unchanged', async () => {
    const before = (await sums(db, '84', 'dropout_rate', 'thcs', '2024-2025'))!;
    const versionBefore = await readPublicationVersion(db);
    const id = await approvedCorrection('850', 'dropout_rate', 'thcs', '2024-2025', 7);
    await expect(
      db.transaction().execute(async (trx) => {
        await publishFigures(trx, [id]);
        expect((await sums(trx, '84', 'dropout_rate', 'thcs', '2024-2025'))?.numerator_sum).toBe(before.numerator_sum + 7);
        expect(await sums(app.orm.em.fork().getKysely<unknown>(), '84', 'dropout_rate', 'thcs', '2024-2025')).toEqual(before);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await sums(db, '84', 'dropout_rate', 'thcs', '2024-2025')).toEqual(before);
    expect(await readPublicationVersion(db)).toBe(versionBefore);

    await db.transaction().execute((trx) => publishFigures(trx, [id]));
    expect(await sums(db, '84', 'dropout_rate', 'thcs', '2024-2025')).toEqual({ ...before, numerator_sum: before.numerator_sum + 7 });
    expect(BigInt(await readPublicationVersion(db))).toBe(BigInt(versionBefore) + 1n);
  });

  test('a correction published through the API moves the province’s aggregated figure and scorecard', async () => {
    const before = await app.graphql<{ provinceFigure: { numerator: number; denominator: number } }>(AGGREGATED);
    expect(before.body.data!.provinceFigure.numerator).toBe((await sums(db, '84', 'repetition_rate', 'thcs', '2024-2025'))!.numerator_sum);
    const { body } = await app.graphql<{ observations: { nodes: { id: string; version: number; numerator: number; denominator: number }[] } }>(
      `query { observations(filter: { units: ["848"], indicators: ["repetition_rate"], levels: [THCS], periods: ["2024-2025"] }) { nodes { id version numerator denominator } } }`,
      {},
      as.admin,
    );
    const figure = body.data!.observations.nodes[0]!;
    const numerator = figure.numerator + 3;
    const move = async (name: string, input: string, variables: Record<string, unknown>, caller: Record<string, string>) => {
      const response = await app.graphql<Record<string, { userErrors: unknown[]; observations: { id: string; version: number }[] }>>(
        `mutation ($input: ${input}!) { ${name}(input: $input) { userErrors { code message } observations { id version } } }`,
        { input: variables },
        caller,
      );
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data![name]!.userErrors).toEqual([]);
      return response.body.data![name]!.observations[0]!;
    };
    const value = Math.round((10_000 * numerator) / figure.denominator) / 100;
    const saved = await move(
      'observationSave',
      'ObservationSaveInput',
      {
        figures: [{ unit: '848', indicator: 'repetition_rate', level: 'THCS', period: '2024-2025', value, numerator, denominator: figure.denominator, expectedVersion: figure.version, reason: 'Cộng sót 3 học sinh' }],
        submit: true,
      },
      as.cauNgang,
    );
    const approved = await move('observationApprove', 'ObservationApproveInput', { items: [{ id: saved.id, version: saved.version }] }, as.traVinh);
    await move('observationPublish', 'ObservationPublishInput', { items: [{ id: approved.id, version: approved.version }] }, as.traVinh);

    const after = await app.graphql<{ provinceFigure: { numerator: number; refusal: unknown; parts: { unit: { id: string }; observation: { numerator: number } }[] } }>(AGGREGATED);
    expect(after.body.data!.provinceFigure).toMatchObject({ numerator: before.body.data!.provinceFigure.numerator + 3, refusal: null });
    expect(after.body.data!.provinceFigure.parts.find((part) => part.unit.id === '848')?.observation.numerator).toBe(numerator);
    const card = await app.graphql<{ provinceScorecard: { figures: { indicator: { code: string }; level: string; numerator: number }[] } }>(
      `query { provinceScorecard(province: "84", period: "2024-2025") { figures { indicator { code } level numerator } } }`,
    );
    expect(card.body.data!.provinceScorecard.figures.find((row) => row.indicator.code === 'repetition_rate' && row.level === 'THCS')?.numerator).toBe(numerator - figure.numerator + before.body.data!.provinceFigure.numerator);
  });

  test('published commune figures of the new Vĩnh Long are summed for it, and it is refused while communes are missing', async () => {
    const { rows } = await sql<{ id: number }>`insert into observation (indicator_code, unit_id, province_id, level, period, value, numerator, denominator, status, revision,
        published_revision, published_value, published_numerator, published_denominator, published_source, published_illustrative, illustrative, source, version, created_at, updated_at)
      select 'dropout_rate', u.id, u.province_id, 'thcs', '2025-2026', 1.0, 10, 1000, 'approved', 1, null, null, null, null, null, null, false, 'test', 1, now(), now()
      from admin_unit u where u.parent_id = '86@2025' and u.kind = 'commune' order by u.id limit 2
      returning id`.execute(db);
    await db.transaction().execute((trx) => publishFigures(trx, rows.map((row) => row.id)));
    const card = await app.graphql<{ provinceScorecard: { units: unknown[]; figures: { unitsReporting: number; unitsExpected: number; refusal: { code: string } | null; illustrative: boolean }[] } }>(
      `query { provinceScorecard(province: "86@2025", period: "2025-2026") { units { unit { id } } figures { unitsReporting unitsExpected refusal { code } illustrative } } }`,
    );
    const { units, figures } = card.body.data!.provinceScorecard;
    expect(figures).toEqual([{ unitsReporting: 2, unitsExpected: units.length, refusal: { code: 'INCOMPLETE' }, illustrative: false }]);
    expect((await sums(db, '86@2025', 'dropout_rate', 'thcs', '2025-2026'))).toMatchObject({ numerator_sum: 20, denominator_sum: 2000 });
  });

  test('rebuilding every aggregate gives what the refreshes on publication left', async () => {
    const snapshot = () =>
      sql<Record<string, unknown>>`select province_id, indicator_code, level, period, unit_ids, lacking_unit_ids, value_sum, numerator_sum, denominator_sum, illustrative
        from province_aggregate order by province_id, indicator_code, level, period`.execute(db);
    const kept = (await snapshot()).rows;
    expect(kept.length).toBeGreaterThan(100);
    await refreshProvinceAggregates(db);
    expect((await snapshot()).rows).toEqual(kept);
  });
});
