import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestTokens, type TestAccountName } from '../auth/test-accounts.js';
import { createTestApp, type TestApp } from '../test/test-app.js';

interface Seen {
  source: string;
  illustrative: boolean;
  status: string;
  version: number;
}

const READ = 'query ($id: ID!) { observation(id: $id) { source illustrative status version } }';
const NEW_SOURCE = 'Báo cáo rà soát của Phòng, tháng 5/2025';

let app: TestApp;
let as: Record<TestAccountName, Record<string, string>>;

beforeAll(async () => {
  app = await createTestApp();
  as = await createTestTokens(app.orm);
});
afterAll(() => app.close());

async function read(id: number, caller: Record<string, string> = {}): Promise<Seen | undefined> {
  return (await app.graphql<{ observation: Seen | null }>(READ, { id: String(id) }, caller)).body.data?.observation ?? undefined;
}

async function move(name: string, input: string, caller: Record<string, string>, id: number): Promise<void> {
  const version = (await read(id, as.admin))?.version;
  const response = await app.graphql<Record<string, { userErrors: unknown[] }>>(`mutation ($input: ${input}!) { ${name}(input: $input) { userErrors { code rule } } }`,
    { input: { items: [{ id: String(id), version }] } }, caller);
  expect(response.body.data?.[name]?.userErrors).toEqual([]);
}

describe('the source and illustrative flag of a correction', () => {
  test('stay those of the published revision for the public until the correction is published', async () => {
    const { rows: [figure] } = await sql<{ id: number; indicator_code: string; level: string; period: string; numerator: number; denominator: number; version: number; source: string }>`
      select o.id, o.indicator_code, o.level, o.period, o.numerator, o.denominator, o.version, o.source from observation o join indicator i on i.code = o.indicator_code
      where o.illustrative and o.status = 'published' and o.unit_id = '850' and o.disaggregation_by is null and i.unit = 'percent' and i.distribution is null and o.numerator > 0
      order by o.id limit 1`.execute(app.orm.em.fork().getKysely<unknown>());
    expect(figure).toBeDefined();
    if (!figure) return;
    const demo = { source: figure.source, illustrative: true, status: 'PUBLISHED' };
    expect(await read(figure.id)).toMatchObject(demo);

    const save = await app.graphql<{ observationSave: { userErrors: unknown[] } }>(
      'mutation ($input: ObservationSaveInput!) { observationSave(input: $input) { userErrors { code rule } } }',
      { input: { figures: [{ unit: '850', indicator: figure.indicator_code, level: figure.level.toUpperCase(), period: figure.period, numerator: figure.numerator - 1,
        denominator: figure.denominator, source: NEW_SOURCE, expectedVersion: figure.version, reason: 'Đối chiếu lại với sổ theo dõi' }] } },
      as.duyenHai,
    );
    expect(save.body.data?.observationSave.userErrors).toEqual([]);
    const corrected = { source: NEW_SOURCE, illustrative: false };
    expect(await read(figure.id, as.duyenHai)).toMatchObject({ ...corrected, status: 'DRAFT' });
    expect(await read(figure.id)).toMatchObject(demo);
    expect(await read(figure.id, as.cauNgang)).toMatchObject(demo);
    const listed = await app.graphql<{ observations: { nodes: { source: string; illustrative: boolean }[] } }>(
      `query { observations(filter: { units: ["850"], indicators: ["${figure.indicator_code}"], periods: ["${figure.period}"] }) { nodes { source illustrative } } }`);
    expect(listed.body.data?.observations.nodes).toContainEqual({ source: figure.source, illustrative: true });
    expect(JSON.stringify(listed.body)).not.toContain(NEW_SOURCE);

    await move('observationSubmit', 'ObservationSubmitInput', as.duyenHai, figure.id);
    await move('observationApprove', 'ObservationApproveInput', as.traVinh, figure.id);
    expect(await read(figure.id)).toMatchObject(demo);
    await move('observationPublish', 'ObservationPublishInput', as.traVinh, figure.id);
    expect(await read(figure.id)).toMatchObject({ ...corrected, status: 'PUBLISHED' });
  });
});
