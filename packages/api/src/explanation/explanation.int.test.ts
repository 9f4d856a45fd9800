import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestTokens, type TestAccountName } from '../auth/test-accounts.js';
import { createTestApp, type TestApp } from '../test/test-app.js';

interface Explanation {
  cause: string;
  remedy: string;
  causeEn: string | null;
  remedyEn: string | null;
  illustrative: boolean;
  version: number;
}

const FIELDS = 'cause remedy causeEn remedyEn illustrative version';

let app: TestApp;
let as: Record<TestAccountName, Record<string, string>>;
let seeded: { target_id: string }[];

beforeAll(async () => {
  app = await createTestApp();
  as = await createTestTokens(app.orm);
  ({ rows: seeded } = await sql<{ target_id: string }>`select target_id from target_explanation where illustrative order by target_id`.execute(app.orm.em.fork().getKysely<unknown>()));
});
afterAll(() => app.close());

const readExplanation = async (id: string) =>
  (await app.graphql<{ target: { explanation: Explanation | null } }>(`query ($id: ID!) { target(id: $id) { explanation { ${FIELDS} } } }`, { id })).body.data?.target.explanation;

describe('illustrative explanations of the demonstration data', () => {
  test('seeds a few for the missed targets of the Cầu Ngang and Duyên Hải plans', () => {
    const plans = new Set(seeded.map((row) => row.target_id.slice(0, 3)));
    expect([...plans]).toEqual(['000', '003']);
    expect(seeded.length).toBeGreaterThanOrEqual(6);
  });

  test('shows everyone each one flagged illustrative, in Vietnamese and English', async () => {
    for (const { target_id: id } of seeded) {
      const explanation = await readExplanation(id);
      expect(explanation, id).toMatchObject({ illustrative: true, version: 1 });
      expect(explanation?.cause, id).toMatch(/^Số liệu minh họa: /);
      expect(explanation?.remedy, id).toMatch(/^Số liệu minh họa: /);
      expect(explanation?.causeEn, id).toMatch(/^Illustrative: /);
      expect(explanation?.remedyEn, id).toMatch(/^Illustrative: /);
    }
  });

  test('puts them beside the missed targets of the district scorecard', async () => {
    const response = await app.graphql<{ scorecard: { levels: { entries: { target: { id: string; explanation: { illustrative: boolean } | null }; attainment: { status: string } }[] }[] } }>(
      `{ scorecard(unit: "850", period: "2024-2025") { levels { entries { target { id explanation { illustrative } } attainment { status } } } } }`,
    );
    const explained = (response.body.data?.scorecard.levels ?? []).flatMap((level) => level.entries).filter((entry) => entry.target.explanation !== null);
    expect(explained.map((entry) => entry.target.id).sort()).toEqual(seeded.map((row) => row.target_id).filter((id) => id.startsWith('003-')));
    expect(explained.every((entry) => entry.attainment.status === 'NOT_MET' && entry.target.explanation?.illustrative === true)).toBe(true);
  });

  test('gives way to the district’s own explanation, which is not illustrative and has no stale English text', async () => {
    const id = seeded.find((row) => row.target_id.startsWith('003-'))?.target_id as string;
    const response = await app.graphql<{ explanationSet: { explanation: Explanation | null; userErrors: unknown[] } }>(
      `mutation ($input: ExplanationSetInput!) { explanationSet(input: $input) { explanation { ${FIELDS} } userErrors { code rule } } }`,
      { input: { target: id, cause: 'Nhiều gia đình chuyển đi nơi khác', remedy: 'Rà soát từng hộ có trẻ trong độ tuổi', version: 1 } },
      as.duyenHai,
    );
    const written = { cause: 'Nhiều gia đình chuyển đi nơi khác', remedy: 'Rà soát từng hộ có trẻ trong độ tuổi', causeEn: null, remedyEn: null, illustrative: false, version: 2 };
    expect(response.body.data?.explanationSet).toEqual({ explanation: written, userErrors: [] });
    expect(await readExplanation(id)).toEqual(written);
  });
});

describe('an explanation beside a correction that is not yet published', () => {
  test('is hidden from the public until the correction is published, and still shown to the district', async () => {
    const { rows } = await sql<{ target_id: string; indicator_code: string; level: string; period: string; numerator: number; denominator: number; version: number }>`
      select t.id as target_id, o.indicator_code, o.level, o.period, o.numerator, o.denominator, o.version
      from target_explanation e join target t on t.id = e.target_id
      join observation o on o.unit_id = t.unit_id and o.indicator_code = t.indicator_code and o.level = t.level and o.period = t.period
        and o.disaggregation_by is null and t.disaggregation_by is null
      join indicator i on i.code = o.indicator_code
      where e.illustrative and i.unit = 'percent' and i.distribution is null and t.unit_id = '850' and o.status = 'published' and o.numerator > 0
      order by t.id desc limit 1`.execute(app.orm.em.fork().getKysely<unknown>());
    const figure = rows[0];
    expect(figure).toBeDefined();
    if (!figure) return;
    expect(await readExplanation(figure.target_id)).not.toBeNull();

    const save = await app.graphql<{ observationSave: { observations: { status: string }[]; userErrors: unknown[] } }>(
      'mutation ($input: ObservationSaveInput!) { observationSave(input: $input) { observations { status } userErrors { code rule message } } }',
      { input: { figures: [{ unit: '850', indicator: figure.indicator_code, level: figure.level.toUpperCase(), period: figure.period, numerator: figure.numerator - 1, denominator: figure.denominator, expectedVersion: figure.version, reason: 'Rà soát lại số liệu' }] } },
      as.duyenHai,
    );
    expect(save.body.data?.observationSave).toMatchObject({ observations: [{ status: 'DRAFT' }], userErrors: [] });

    expect(await readExplanation(figure.target_id)).toBeNull();
    const district = await app.graphql<{ target: { explanation: Explanation | null } }>(`query ($id: ID!) { target(id: $id) { explanation { ${FIELDS} } } }`, { id: figure.target_id }, as.duyenHai);
    expect(district.body.data?.target.explanation).toMatchObject({ illustrative: true });
  });
});
