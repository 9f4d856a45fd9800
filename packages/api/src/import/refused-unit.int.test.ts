import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestTokens, type TestAccountName } from '../auth/test-accounts.js';
import { createTestApp, type TestApp } from '../test/test-app.js';

const OTHER = '848';
const PERIOD = '2024-2025';
/** Figures of the other district that only it and its province may see: a draft a year earlier and a draft band. */
const SECRET_PREVIOUS = 41.37;
const SECRET_BAND = 63.29;
const SECRETS = /41[.,]37|63[.,]29/;

let app: TestApp;
let as: Record<TestAccountName, Record<string, string>>;

beforeAll(async () => {
  app = await createTestApp();
  as = await createTestTokens(app.orm);
  const db = app.orm.em.fork().getKysely<unknown>();
  await sql`delete from observation where unit_id = ${OTHER} and period in ('2023-2024', ${PERIOD}) and indicator_code in ('dropout_rate', 'primary_result_excellent_rate')`.execute(db);
  await sql`insert into observation (indicator_code, unit_id, province_id, level, period, value, status, revision, illustrative, source, version, created_at, updated_at)
    values ('dropout_rate', ${OTHER}, '84', 'thcs', '2023-2024', ${SECRET_PREVIOUS}, 'draft', 1, false, 'draft of the district', 1, now(), now()),
      ('primary_result_excellent_rate', ${OTHER}, '84', 'tieu_hoc', ${PERIOD}, ${SECRET_BAND}, 'draft', 1, false, 'draft of the district', 1, now(), now())`.execute(db);
});
afterAll(() => app.close());

const CSV = `Mã đơn vị,Kỳ báo cáo,Cấp học,Mã chỉ số,Giá trị\n${OTHER},${PERIOD},THCS,dropout_rate,0.5\n${OTHER},${PERIOD},Tiểu học,primary_result_good_rate,10\n`;

async function dryRun(caller: Record<string, string>): Promise<{ text: string; rules: string[] }> {
  const response = await app.fetch(`/import?fileName=other.csv&dryRun=true`, { method: 'POST', headers: { ...caller, 'content-type': 'application/octet-stream' }, body: Buffer.from(CSV, 'utf8') });
  const text = await response.text();
  return { text, rules: (JSON.parse(text) as { issues: { rule: string }[] }).issues.map((issue) => issue.rule) };
}

describe('entries for a unit the caller may not write', () => {
  test('the district itself is warned with its own stored figures', async () => {
    const { text, rules } = await dryRun(as.cauNgang);
    expect(rules).not.toContain('forbidden_unit');
    expect(text).toMatch(SECRETS);
  });

  test('a district importing them gets only the refusal, with no number stored for the other district', async () => {
    const { text, rules } = await dryRun(as.duyenHai);
    expect(rules).toEqual(['forbidden_unit', 'forbidden_unit']);
    expect(text).not.toMatch(SECRETS);
  });

  test('a district saving them through the API gets only the refusal, with no number stored for the other district', async () => {
    const figures = [
      { unit: OTHER, indicator: 'dropout_rate', level: 'THCS', period: PERIOD, value: 0.5 },
      { unit: OTHER, indicator: 'primary_result_good_rate', level: 'TIEU_HOC', period: PERIOD, value: 10 },
    ];
    const response = await app.graphql<{ observationSave: { userErrors: { code: string; rule: string }[] } }>(
      'mutation ($input: ObservationSaveInput!) { observationSave(input: $input) { observations { id } userErrors { field message code rule } } }', { input: { figures } }, as.duyenHai);
    expect(response.body.data?.observationSave.userErrors.map(({ code, rule }) => ({ code, rule }))).toEqual([
      { code: 'FORBIDDEN', rule: 'forbidden_unit' },
      { code: 'FORBIDDEN', rule: 'forbidden_unit' },
    ]);
    expect(JSON.stringify(response.body)).not.toMatch(SECRETS);
  });
});
