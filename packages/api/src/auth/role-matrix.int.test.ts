import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { createTestTokens, type TestAccountName } from './test-accounts.js';

/**
 * The role × unit × operation matrix through the API: each caller tries each operation on a figure, plan or target
 * of three districts (Duyên Hải and Cầu Ngang in Trà Vinh, Củ Chi in Hồ Chí Minh City). Allowed attempts succeed;
 * every other attempt is refused and changes nothing.
 */
const UNITS = { '850': '84', '848': '84', '783': '79' } as const;
type UnitId = keyof typeof UNITS;
const CALLERS = ['anonymous', 'duyenHai', 'cuChi', 'traVinh', 'admin'] as const;
type Caller = (typeof CALLERS)[number];
const INDICATORS: Record<Caller, string> = {
  anonymous: 'in_age_attendance_rate',
  duyenHai: 'full_day_rate',
  cuChi: 'primary_completion_rate',
  traVinh: 'health_insurance_rate',
  admin: 'staff_qualification_rate',
};
const PERIODS = { write: '2020-2021', submit: '2023-2024/HK1', approve: '2023-2024/HK2', return: '2022-2023/HK1', publish: '2022-2023/HK2', read: '2021-2022/HK1' } as const;

/** Who may do what where, written out by hand. */
const ALLOWED: Record<string, Record<Caller, readonly UnitId[]>> = {
  write: { anonymous: [], duyenHai: ['850'], cuChi: ['783'], traVinh: [], admin: ['850', '848', '783'] },
  submit: { anonymous: [], duyenHai: ['850'], cuChi: ['783'], traVinh: [], admin: ['850', '848', '783'] },
  approve: { anonymous: [], duyenHai: [], cuChi: [], traVinh: ['850', '848'], admin: ['850', '848', '783'] },
  return: { anonymous: [], duyenHai: [], cuChi: [], traVinh: ['850', '848'], admin: ['850', '848', '783'] },
  publish: { anonymous: [], duyenHai: [], cuChi: [], traVinh: ['850', '848'], admin: ['850', '848', '783'] },
  readUnpublished: { anonymous: [], duyenHai: ['850'], cuChi: ['783'], traVinh: ['850', '848'], admin: ['850', '848', '783'] },
  planCreate: { anonymous: [], duyenHai: ['850'], cuChi: ['783'], traVinh: [], admin: ['850', '848', '783'] },
  targetSet: { anonymous: [], duyenHai: ['850'], cuChi: ['783'], traVinh: [], admin: ['850', '848', '783'] },
  explanationSet: { anonymous: [], duyenHai: ['850'], cuChi: ['783'], traVinh: [], admin: ['850', '848', '783'] },
  feed: { anonymous: [], duyenHai: ['850'], cuChi: ['783'], traVinh: ['850', '848'], admin: ['850', '848', '783'] },
  completeness: { anonymous: [], duyenHai: ['850'], cuChi: ['783'], traVinh: ['850', '848'], admin: ['850', '848', '783'] },
};

const PLAN_TEXT = 'Phấn đấu tỷ lệ trẻ em 6 tuổi vào lớp 1 đạt trên 99%.';
const PAYLOAD = 'userErrors { field code rule }';

let app: TestApp;
let headers: Record<TestAccountName | 'anonymous', Record<string, string>>;
const figureIds = new Map<string, { id: string }>();
const planIds = new Map<UnitId, string>();

interface UserErrors {
  userErrors: { field: string[] | null; code: string; rule: string }[];
}

async function mutate(name: string, inputType: string, input: Record<string, unknown>, caller: Caller, selection = PAYLOAD): Promise<UserErrors & Record<string, unknown>> {
  const response = await app.graphql<Record<string, UserErrors & Record<string, unknown>>>(`mutation ($input: ${inputType}!) { ${name}(input: $input) { ${selection} } }`, { input }, headers[caller]);
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.[name] as UserErrors & Record<string, unknown>;
}

async function version(id: string): Promise<number> {
  const response = await app.graphql<{ observation: { version: number } }>('query ($id: ID!) { observation(id: $id) { version } }', { id }, headers.admin);
  return response.body.data?.observation.version ?? -1;
}

async function statusOf(id: string): Promise<string> {
  const response = await app.graphql<{ observation: { status: string } }>('query ($id: ID!) { observation(id: $id) { status } }', { id }, headers.admin);
  return response.body.data?.observation.status ?? 'none';
}

/** Admin enters one figure per caller and unit for each period, then moves each period's figures to the status its operation needs. */
async function prepareFigures(): Promise<void> {
  const steps: Record<string, string[]> = { submit: [], approve: ['observationSubmit'], return: ['observationSubmit'], publish: ['observationSubmit', 'observationApprove'], read: [] };
  for (const [operation, moves] of Object.entries(steps)) {
    const figures = CALLERS.flatMap((caller) => (Object.keys(UNITS) as UnitId[]).map((unit) => ({ unit, indicator: INDICATORS[caller], level: 'TIEU_HOC', period: PERIODS[operation as keyof typeof PERIODS], value: 90 })));
    const saved = await mutate('observationSave', 'ObservationSaveInput', { figures }, 'admin', `observations { id version unitId: unit { id } indicator { code } } ${PAYLOAD}`);
    expect(saved.userErrors).toEqual([]);
    let items = (saved.observations as { id: string; version: number; unitId: { id: string }; indicator: { code: string } }[]).map((figure) => {
      figureIds.set(`${operation}:${figure.unitId.id}:${figure.indicator.code}`, { id: figure.id });
      return { id: figure.id, version: figure.version };
    });
    for (const move of moves) {
      const input = move === 'observationSubmit' ? 'ObservationSubmitInput' : 'ObservationApproveInput';
      const moved = await mutate(move, input, { items }, 'admin', `observations { id version } ${PAYLOAD}`);
      expect(moved.userErrors).toEqual([]);
      items = moved.observations as { id: string; version: number }[];
    }
  }
}

async function preparePlans(): Promise<void> {
  for (const unit of Object.keys(UNITS) as UnitId[]) {
    const created = await mutate('planCreate', 'PlanCreateInput', { unit, period: '2021-2022/HK1', title: 'Kế hoạch thử', issuer: 'Phòng GD&ĐT', source: 'test', text: PLAN_TEXT }, 'admin', `plan { id } ${PAYLOAD}`);
    expect(created.userErrors).toEqual([]);
    const planId = (created.plan as { id: string }).id;
    planIds.set(unit, planId);
    const target = await mutate('targetSet', 'TargetSetInput', { plan: planId, section: 'I', indicator: 'grade1_intake_rate_age6', level: 'TIEU_HOC', wording: 'trên 99%' }, 'admin');
    expect(target.userErrors).toEqual([]);
    const figure = await mutate('observationSave', 'ObservationSaveInput', { figures: [{ unit, indicator: 'grade1_intake_rate_age6', level: 'TIEU_HOC', period: '2021-2022/HK1', value: 97 }] }, 'admin');
    expect(figure.userErrors).toEqual([]);
  }
}

beforeAll(async () => {
  app = await createTestApp();
  headers = { ...(await createTestTokens(app.orm)), anonymous: {} };
  await prepareFigures();
  await preparePlans();
}, 120_000);
afterAll(() => app.close());

const cases = (operation: string) =>
  CALLERS.flatMap((caller) => (Object.keys(UNITS) as UnitId[]).map((unit) => [caller, unit, (ALLOWED[operation]?.[caller] ?? []).includes(unit)] as const));

function expectOutcome(result: UserErrors, allowed: boolean): void {
  if (allowed) expect(result.userErrors).toEqual([]);
  else expect(result.userErrors.map((error) => error.code).every((code) => code === 'FORBIDDEN' || code === 'NOT_FOUND') && result.userErrors.length > 0).toBe(true);
}

describe('figures', () => {
  test.each(cases('write'))('%s enters a figure for %s: allowed %s', async (caller, unit, allowed) => {
    const result = await mutate('observationSave', 'ObservationSaveInput', { figures: [{ unit, indicator: INDICATORS[caller], level: 'TIEU_HOC', period: PERIODS.write, value: 91 }] }, caller);
    expectOutcome(result, allowed);
  });

  test.each([
    ['submit', 'observationSubmit', 'ObservationSubmitInput', 'DRAFT', 'SUBMITTED'],
    ['approve', 'observationApprove', 'ObservationApproveInput', 'SUBMITTED', 'APPROVED'],
    ['return', 'observationReturn', 'ObservationReturnInput', 'SUBMITTED', 'DRAFT'],
    ['publish', 'observationPublish', 'ObservationPublishInput', 'APPROVED', 'PUBLISHED'],
  ] as const)('%s: each caller on each district', async (operation, mutation, inputType, before, after) => {
    for (const [caller, unit, allowed] of cases(operation)) {
      const { id } = figureIds.get(`${operation}:${unit}:${INDICATORS[caller]}`) as { id: string };
      const input = { items: [{ id, version: await version(id) }], ...(operation === 'return' ? { comment: 'Xem lại' } : {}) };
      const result = await mutate(mutation, inputType, input, caller);
      expect({ caller, unit, refused: result.userErrors.length > 0 }).toEqual({ caller, unit, refused: !allowed });
      expectOutcome(result, allowed);
      expect({ caller, unit, status: await statusOf(id) }).toEqual({ caller, unit, status: allowed ? after : before });
    }
  });

  test.each(cases('readUnpublished'))('%s reads a draft of %s: allowed %s', async (caller, unit, allowed) => {
    const { id } = figureIds.get(`read:${unit}:${INDICATORS[caller]}`) as { id: string };
    const response = await app.graphql<{ observation: { id: string } | null }>('query ($id: ID!) { observation(id: $id) { id } }', { id }, headers[caller]);
    expect(response.body.data?.observation !== null).toBe(allowed);
  });
});

describe('plans, targets and explanations', () => {
  test.each(cases('planCreate'))('%s creates a plan for %s: allowed %s', async (caller, unit, allowed) => {
    const result = await mutate('planCreate', 'PlanCreateInput', { unit, period: '2025', title: 'Kế hoạch', issuer: 'Phòng GD&ĐT', source: 'test', text: PLAN_TEXT }, caller);
    expectOutcome(result, allowed);
  });

  test.each(cases('targetSet'))('%s sets a target for %s: allowed %s', async (caller, unit, allowed) => {
    const result = await mutate('targetSet', 'TargetSetInput', { plan: planIds.get(unit), section: 'I', indicator: 'grade1_intake_rate_age6', level: 'TIEU_HOC', wording: 'trên 99%' }, caller);
    expectOutcome(result, allowed);
  });

  test.each(cases('explanationSet'))('%s explains a missed target of %s: allowed %s', async (caller, unit, allowed) => {
    const target = `${planIds.get(unit)}-I-grade1_intake_rate_age6-tieu_hoc`;
    const current = await app.graphql<{ target: { explanation: { version: number } | null } }>('query ($id: ID!) { target(id: $id) { explanation { version } } }', { id: target }, headers.admin);
    const result = await mutate('explanationSet', 'ExplanationSetInput', { target, cause: 'Dân di cư theo mùa vụ', remedy: 'Vận động từng hộ', version: current.body.data?.target.explanation?.version ?? null }, caller);
    expectOutcome(result, allowed);
  });
});

describe('pulling', () => {
  test.each(cases('feed'))('%s pulls the change feed of %s: allowed %s', async (caller, unit, allowed) => {
    const response = await app.graphql<{ observationChanges: { totalCount: number } }>('query ($unit: ID) { observationChanges(unit: $unit, first: 1) { totalCount } }', { unit }, headers[caller]);
    if (allowed) expect(response.body.errors).toBeUndefined();
    else expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  test.each(cases('completeness'))('%s sees %s in the completeness report: allowed %s', async (caller, unit, allowed) => {
    const response = await app.graphql<{ completeness: { districts: { unitId: string }[] } }>(
      'query ($province: ID!) { completeness(province: $province, period: "2021-2022/HK1") { districts { unitId } } }', { province: UNITS[unit] }, headers[caller]);
    const seen = (response.body.data?.completeness.districts ?? []).map((district) => district.unitId);
    expect(seen.includes(unit)).toBe(allowed);
  });

  test.each([
    ['anonymous', false],
    ['duyenHai', false],
    ['traVinh', false],
    ['admin', true],
  ] as const)('%s reads the audit log: allowed %s', async (caller, allowed) => {
    const response = await app.graphql<{ auditEvents: { totalCount: number } }>('{ auditEvents(first: 1) { totalCount } }', {}, headers[caller]);
    if (allowed) expect(response.body.data?.auditEvents.totalCount).toBeGreaterThan(0);
    else expect(response.body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
