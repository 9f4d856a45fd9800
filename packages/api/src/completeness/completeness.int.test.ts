import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestTokens, type TestAccountName } from '../auth/test-accounts.js';
import { createTestApp, type TestApp } from '../test/test-app.js';
import type { CompletenessCounts } from './classify-completeness.js';

interface District extends CompletenessCounts {
  unitId: string;
  deadline: { lastDay: string; planId: string; descriptionVi: string } | null;
  overdue: boolean;
  items: { indicatorCode: string; level: string; state: string }[];
}

const REPORT = `query ($province: ID!, $period: String!) { completeness(province: $province, period: $period) { provinceId period districts {
  unitId deadline { lastDay planId descriptionVi } overdue expected onTime late submittedUndated draft missing items { indicatorCode level state } } } }`;

let app: TestApp;
let as: Record<TestAccountName, Record<string, string>>;

beforeAll(async () => {
  app = await createTestApp();
  as = await createTestTokens(app.orm);
  await sql`delete from observation where unit_id = '850' and period = '2024-2025'`.execute(app.orm.em.fork().getKysely<unknown>());
});
afterAll(() => app.close());

async function save(figures: Record<string, unknown>[], submit: boolean): Promise<string[]> {
  const response = await app.graphql<{ observationSave: { observations: { id: string }[]; userErrors: unknown[] } }>(
    'mutation ($input: ObservationSaveInput!) { observationSave(input: $input) { observations { id } userErrors { code rule } } }', { input: { figures, submit } }, as.duyenHai);
  expect(response.body.data?.observationSave.userErrors).toEqual([]);
  return response.body.data?.observationSave.observations.map((figure) => figure.id) ?? [];
}

describe('completeness against the plans’ deadlines', () => {
  test('shows, per district, what was submitted on time, late, left in draft or missing', async () => {
    const figure = (indicator: string, level: string, value: number) => ({ unit: '850', indicator, level, period: '2024-2025', value });
    const [early] = await save([figure('in_age_attendance_rate', 'TIEU_HOC', 100)], true);
    await save([figure('in_age_attendance_rate', 'THCS', 98.7)], true);
    await save([figure('mobilisation_rate', 'NHA_TRE', 7.5)], false);
    await sql`update observation_change set at = '2025-06-02T09:00:00+07:00' where observation_id = ${Number(early)} and kind = 'submitted'`.execute(app.orm.em.fork().getKysely<unknown>());

    const response = await app.graphql<{ completeness: { districts: District[] } }>(REPORT, { province: '84', period: '2024-2025' }, as.traVinh);
    expect(response.body.errors).toBeUndefined();
    const districts = response.body.data?.completeness.districts ?? [];
    expect(districts.map((district) => district.unitId)).toEqual(['842', '844', '845', '846', '847', '848', '849', '850', '851']);
    const duyenHai = districts.find((district) => district.unitId === '850') as District;
    expect(duyenHai.deadline).toEqual({ lastDay: '2025-06-09', planId: '003', descriptionVi: 'Báo cáo tổng kết năm học' });
    expect(duyenHai.overdue).toBe(true);
    const state = (indicator: string, level: string) => duyenHai.items.find((item) => item.indicatorCode === indicator && item.level === level)?.state;
    expect(state('in_age_attendance_rate', 'TIEU_HOC')).toBe('ON_TIME');
    expect(state('in_age_attendance_rate', 'THCS')).toBe('LATE');
    expect(state('mobilisation_rate', 'NHA_TRE')).toBe('DRAFT');
    expect(duyenHai).toMatchObject({ onTime: 1, late: 1, draft: 1, submittedUndated: 0 });
    expect(duyenHai.missing).toBe(duyenHai.expected - 3);
    expect(duyenHai.expected).toBe(duyenHai.items.length);

    const cauNgang = districts.find((district) => district.unitId === '848') as District;
    expect(cauNgang).toMatchObject({ deadline: null, expected: 0 });
  });

  test('a district officer sees its own district only; the public sees nothing', async () => {
    const own = await app.graphql<{ completeness: { districts: District[] } }>(REPORT, { province: '84', period: '2024-2025' }, as.duyenHai);
    expect(own.body.data?.completeness.districts.map((district) => district.unitId)).toEqual(['850']);
    const anonymous = await app.graphql(REPORT, { province: '84', period: '2024-2025' });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('refuses an unknown province or a malformed period', async () => {
    expect((await app.graphql(REPORT, { province: '850', period: '2024-2025' }, as.admin)).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await app.graphql(REPORT, { province: '84', period: '2024/25' }, as.admin)).body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
