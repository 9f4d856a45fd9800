import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestTokens, type TestAccountName } from '../auth/test-accounts.js';
import { createTestApp, type TestApp } from '../test/test-app.js';

const PERIOD = '2024-2025/HK2';

interface Figure {
  id: string;
  status: string;
  value: number;
  revision: number;
}
interface Payload {
  observations: Figure[];
  userErrors: { field: string[] | null; message: string; code: string; rule: string }[];
}

const FIGURE_FIELDS = 'observations { id status value revision } userErrors { field message code rule }';
const SAVE = `mutation ($input: ObservationSaveInput!) { observationSave(input: $input) { ${FIGURE_FIELDS} } }`;
const mutationOf = (name: string, input: string) => `mutation ($input: ${input}!) { ${name}(input: $input) { ${FIGURE_FIELDS} } }`;
const SUBMIT = mutationOf('observationSubmit', 'ObservationSubmitInput');
const APPROVE = mutationOf('observationApprove', 'ObservationApproveInput');
const RETURN = mutationOf('observationReturn', 'ObservationReturnInput');
const PUBLISH = mutationOf('observationPublish', 'ObservationPublishInput');
const VERSION = `query ($id: ID!) { observation(id: $id) { id status value revision } }`;

let app: TestApp;
let as: Record<TestAccountName, Record<string, string>>;

beforeAll(async () => {
  app = await createTestApp();
  as = await createTestTokens(app.orm);
});
afterAll(() => app.close());

async function call(query: string, input: Record<string, unknown>, caller: Record<string, string> = {}): Promise<Payload> {
  const response = await app.graphql<Record<string, Payload>>(query, { input }, caller);
  expect(response.body.errors).toBeUndefined();
  return Object.values(response.body.data ?? {})[0] as Payload;
}

async function versionOf(id: string): Promise<number> {
  const response = await app.graphql<{ observation: { version: number } | null }>('query ($id: ID!) { observation(id: $id) { version } }', { id }, as.admin);
  return response.body.data?.observation?.version ?? Number.NaN;
}

function figure(indicator: string, value: number, extra: Record<string, unknown> = {}) {
  return { unit: '850', indicator, level: 'TIEU_HOC', period: PERIOD, value, ...extra };
}

describe('the review workflow', () => {
  test('a district enters, submits; the province approves and publishes; the public then sees the figure', async () => {
    const saved = await call(SAVE, { figures: [figure('dropout_rate', 0.6, { numerator: 18, denominator: 3000 })] }, as.duyenHai);
    expect(saved.userErrors).toEqual([]);
    const [draft] = saved.observations as [Figure];
    expect(draft).toMatchObject({ status: 'DRAFT', value: 0.6, revision: 1 });

    const anonymousBefore = await app.graphql<{ observation: Figure | null }>(VERSION, { id: draft.id });
    expect(anonymousBefore.body.data?.observation).toBeNull();

    const submitted = await call(SUBMIT, { items: [{ id: draft.id, version: await versionOf(draft.id) }] }, as.duyenHai);
    expect(submitted.observations.map((item) => item.status)).toEqual(['SUBMITTED']);
    const approved = await call(APPROVE, { items: [{ id: draft.id, version: await versionOf(draft.id) }] }, as.traVinh);
    expect(approved.observations.map((item) => item.status)).toEqual(['APPROVED']);
    const published = await call(PUBLISH, { items: [{ id: draft.id, version: await versionOf(draft.id) }] }, as.traVinh);
    expect(published.observations.map((item) => item.status)).toEqual(['PUBLISHED']);

    const anonymousAfter = await app.graphql<{ observation: Figure | null }>(VERSION, { id: draft.id });
    expect(anonymousAfter.body.data?.observation).toMatchObject({ status: 'PUBLISHED', value: 0.6 });
  });

  test('the province returns a figure with a comment, and the district corrects it as a new revision', async () => {
    const [draft] = (await call(SAVE, { figures: [figure('repetition_rate', 2.5)], submit: true }, as.duyenHai)).observations as [Figure];
    expect(draft.status).toBe('SUBMITTED');
    const noComment = await app.graphql<{ observationReturn: Payload }>(RETURN, { input: { items: [{ id: draft.id, version: await versionOf(draft.id) }], comment: ' ' } }, as.traVinh);
    expect(noComment.body.data?.observationReturn.userErrors.map((error) => error.rule)).toEqual(['comment_required']);

    const returned = await call(RETURN, { items: [{ id: draft.id, version: await versionOf(draft.id) }], comment: 'Tỷ lệ lưu ban cao bất thường, đề nghị kiểm tra.' }, as.traVinh);
    expect(returned.observations.map((item) => item.status)).toEqual(['DRAFT']);

    const corrected = await call(SAVE, { figures: [figure('repetition_rate', 1.5, { expectedVersion: await versionOf(draft.id), reason: 'Nhập nhầm số liệu' })] }, as.duyenHai);
    expect(corrected.userErrors).toEqual([]);
    expect(corrected.observations[0]).toMatchObject({ id: draft.id, status: 'DRAFT', value: 1.5, revision: 2 });
  });

  test('a second writer working from the same version gets a conflict, not a silent overwrite', async () => {
    const [draft] = (await call(SAVE, { figures: [figure('enrolment_count', 3000)] }, as.duyenHai)).observations as [Figure];
    const version = await versionOf(draft.id);
    const first = await call(SAVE, { figures: [figure('enrolment_count', 3010, { expectedVersion: version })] }, as.duyenHai);
    expect(first.userErrors).toEqual([]);
    const second = await call(SAVE, { figures: [figure('enrolment_count', 2990, { expectedVersion: version })] }, as.duyenHai);
    expect(second.observations).toEqual([]);
    expect(second.userErrors.map(({ field, code, rule }) => ({ field, code, rule }))).toEqual([{ field: ['figures', '0', 'version'], code: 'CONFLICT', rule: 'stale_version' }]);
    const kept = await app.graphql<{ observation: Figure }>(VERSION, { id: draft.id }, as.duyenHai);
    expect(kept.body.data?.observation.value).toBe(3010);
  });

  test('two reviewers approving the same figure at once: one succeeds, the other gets a conflict', async () => {
    const [draft] = (await call(SAVE, { figures: [figure('primary_completion_rate', 98.2)], submit: true }, as.duyenHai)).observations as [Figure];
    const item = { id: draft.id, version: await versionOf(draft.id) };
    const results = await Promise.all([call(APPROVE, { items: [item] }, as.traVinh), call(APPROVE, { items: [item] }, as.admin)]);
    expect(results.map((result) => result.userErrors.map((error) => error.code)).sort()).toEqual([[], ['CONFLICT']]);
  });

  test('a batch moves all or nothing: one bad item keeps every other figure where it was', async () => {
    const saved = await call(SAVE, { figures: [figure('full_day_rate', 80), figure('in_age_attendance_rate', 99)] }, as.duyenHai);
    const [a, b] = saved.observations as [Figure, Figure];
    const result = await call(SUBMIT, { items: [{ id: a.id, version: await versionOf(a.id) }, { id: b.id, version: 999 }] }, as.duyenHai);
    expect(result.userErrors.map(({ field, code }) => ({ field, code }))).toEqual([{ field: ['items', '1', 'version'], code: 'CONFLICT' }]);
    const after = await app.graphql<{ observation: Figure }>(VERSION, { id: a.id }, as.duyenHai);
    expect(after.body.data?.observation.status).toBe('DRAFT');
  });

  test('a move the domain does not allow is refused with its reason', async () => {
    const [draft] = (await call(SAVE, { figures: [figure('provincial_gifted_award_count', 12)] }, as.duyenHai)).observations as [Figure];
    const result = await call(APPROVE, { items: [{ id: draft.id, version: await versionOf(draft.id) }] }, as.traVinh);
    expect(result.userErrors.map(({ code }) => code)).toEqual(['INVALID_TRANSITION']);
  });
});
