import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestTokens, type TestAccountName } from '../auth/test-accounts.js';
import { createTestApp, type TestApp } from '../test/test-app.js';

const TEXT = 'II. CHỈ TIÊU\n1. Huy động trẻ 5 tuổi ra lớp đạt\ntrên 99%; tỷ lệ học sinh bỏ học dưới 0,5%.';

let app: TestApp;
let as: Record<TestAccountName, Record<string, string>>;
let planId: string;

interface TargetPayload {
  target: { id: string; comparator: string; value: number; wording: string; quote: string; explanation: { cause: string } | null } | null;
  userErrors: { field: string[] | null; code: string; rule: string; message: string }[];
}

async function setTarget(input: Record<string, unknown>, caller = as.duyenHai): Promise<TargetPayload> {
  const response = await app.graphql<{ targetSet: TargetPayload }>(
    'mutation ($input: TargetSetInput!) { targetSet(input: $input) { target { id comparator value wording quote explanation { cause } } userErrors { field code rule message } } }', { input }, caller);
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.targetSet as TargetPayload;
}

beforeAll(async () => {
  app = await createTestApp();
  as = await createTestTokens(app.orm);
  const response = await app.graphql<{ planCreate: { plan: { id: string; period: string; unit: { id: string } }; userErrors: unknown[] } }>(
    'mutation ($input: PlanCreateInput!) { planCreate(input: $input) { plan { id period unit { id } } userErrors { code } } }',
    { input: { unit: '850', period: '2025-2026', number: '12/KH-PGDĐT', title: 'Kế hoạch năm học 2025-2026', issuer: 'Phòng GD&ĐT huyện Duyên Hải', source: 'Bản giấy', text: TEXT } },
    as.duyenHai,
  );
  expect(response.body.data?.planCreate.userErrors).toEqual([]);
  expect(response.body.data?.planCreate.plan).toMatchObject({ period: '2025-2026', unit: { id: '850' } });
  planId = response.body.data?.planCreate.plan.id as string;
});
afterAll(() => app.close());

describe('plans and targets through the API', () => {
  test('gives a new plan the next numeric id after the five seeded ones', () => {
    expect(planId).toBe('005');
  });

  test('reads comparator and value from the wording with the domain parser, and keeps the wording and quote', async () => {
    const result = await setTarget({ plan: planId, section: 'II.1', indicator: 'dropout_rate', level: 'THCS', wording: 'dưới 0,5%', quote: 'tỷ lệ học sinh bỏ học dưới 0,5%' });
    expect(result.userErrors).toEqual([]);
    expect(result.target).toMatchObject({ id: '005-II.1-dropout_rate-thcs', comparator: 'LT', value: 0.5, wording: 'dưới 0,5%', quote: 'tỷ lệ học sinh bỏ học dưới 0,5%' });
  });

  test('matches the quote against the plan text across line breaks', async () => {
    const result = await setTarget({ plan: planId, section: 'II.1', indicator: 'mobilisation_rate_age5', level: 'MAU_GIAO', wording: 'trên 99%', quote: 'Huy động trẻ 5 tuổi ra lớp đạt trên 99%' });
    expect(result.userErrors).toEqual([]);
    expect(result.target).toMatchObject({ comparator: 'GT', value: 99 });
  });

  test.each([
    ['words the parser cannot read', { wording: 'phấn đấu tăng' }, 'wording', 'no_quantity'],
    ['words not in the plan', { wording: 'dưới 0,3%' }, 'wording', 'not_in_plan'],
    ['a quote not in the plan', { wording: 'dưới 0,5%', quote: 'bỏ học dưới 0,5% mỗi năm' }, 'quote', 'not_in_plan'],
    ['an unknown indicator', { indicator: 'no_such_indicator' }, 'indicator', 'unknown_indicator'],
  ])('refuses %s', async (_case, change, field, rule) => {
    const result = await setTarget({ plan: planId, section: 'II.1', indicator: 'dropout_rate', level: 'THCS', wording: 'dưới 0,5%', ...change });
    expect(result.target).toBeNull();
    expect(result.userErrors.map((error) => ({ field: error.field, rule: error.rule }))).toEqual([{ field: [field], rule }]);
  });

  test('an explanation of a missed target stays with officers until the figure is published', async () => {
    const saved = await app.graphql<{ observationSave: { observations: { id: string; version: number }[]; userErrors: unknown[] } }>(
      'mutation ($input: ObservationSaveInput!) { observationSave(input: $input) { observations { id version } userErrors { code } } }',
      { input: { figures: [{ unit: '850', indicator: 'dropout_rate', level: 'THCS', period: '2025-2026', value: 0.9 }], submit: true } },
      as.duyenHai,
    );
    const [figure] = saved.body.data?.observationSave.observations ?? [];
    const explained = await app.graphql<{ explanationSet: { explanation: { cause: string; remedy: string } | null; userErrors: unknown[] } }>(
      'mutation ($input: ExplanationSetInput!) { explanationSet(input: $input) { explanation { cause remedy } userErrors { code rule } } }',
      { input: { target: '005-II.1-dropout_rate-thcs', cause: 'Học sinh theo gia đình đi làm ăn xa', remedy: 'Phối hợp chính quyền xã vận động trở lại lớp' } },
      as.duyenHai,
    );
    expect(explained.body.data?.explanationSet).toEqual({ explanation: { cause: 'Học sinh theo gia đình đi làm ăn xa', remedy: 'Phối hợp chính quyền xã vận động trở lại lớp' }, userErrors: [] });
    const read = (caller: Record<string, string> = {}) =>
      app.graphql<{ target: { explanation: { cause: string } | null } }>('{ target(id: "005-II.1-dropout_rate-thcs") { explanation { cause } } }', {}, caller);
    expect((await read()).body.data?.target.explanation).toBeNull();
    expect((await read(as.traVinh)).body.data?.target.explanation).toEqual({ cause: 'Học sinh theo gia đình đi làm ăn xa' });

    const move = async (name: string, input: string, item: { id: string; version: number }) => {
      const response = await app.graphql<Record<string, { observations: { id: string; version: number }[] }>>(`mutation ($input: ${input}!) { ${name}(input: $input) { observations { id version } } }`, { input: { items: [item] } }, as.traVinh);
      return response.body.data?.[name]?.observations[0] as { id: string; version: number };
    };
    const approved = await move('observationApprove', 'ObservationApproveInput', figure as { id: string; version: number });
    await move('observationPublish', 'ObservationPublishInput', approved);
    expect((await read()).body.data?.target.explanation).toEqual({ cause: 'Học sinh theo gia đình đi làm ăn xa' });
  });

  test('refuses to explain a target that is met', async () => {
    await setTarget({ plan: planId, section: 'II.1', indicator: 'mobilisation_rate_age5', level: 'MAU_GIAO', wording: 'trên 99%', quote: 'Huy động trẻ 5 tuổi ra lớp đạt trên 99%' });
    await app.graphql('mutation ($input: ObservationSaveInput!) { observationSave(input: $input) { userErrors { code } } }',
      { input: { figures: [{ unit: '850', indicator: 'mobilisation_rate_age5', level: 'MAU_GIAO', period: '2025-2026', value: 99.5 }] } }, as.duyenHai);
    const response = await app.graphql<{ explanationSet: { userErrors: { rule: string }[] } }>(
      'mutation ($input: ExplanationSetInput!) { explanationSet(input: $input) { userErrors { rule } } }',
      { input: { target: '005-II.1-mobilisation_rate_age5-mau_giao', cause: 'x', remedy: 'y' } }, as.duyenHai);
    expect(response.body.data?.explanationSet.userErrors).toEqual([{ rule: 'target_met' }]);
  });
});
