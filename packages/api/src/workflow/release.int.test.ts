import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestTokens, type TestAccountName } from '../auth/test-accounts.js';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { releaseDuePublications } from './release-due-publications.js';

let app: TestApp;
let as: Record<TestAccountName, Record<string, string>>;
let db: Kysely<unknown>;

beforeAll(async () => {
  app = await createTestApp();
  as = await createTestTokens(app.orm);
  db = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: app.orm.config.get('clientUrl'), max: 1 }) }) });
});
afterAll(async () => {
  await db.destroy();
  await app.close();
});

interface Figure {
  id: string;
  version: number;
  status: string;
  value: number;
  scheduledPublication: string | null;
  corrections: { revision: number; oldValue: number; newValue: number; reason: string | null; publishedAt: string }[];
}
const FIELDS = 'id version status value scheduledPublication corrections { revision oldValue newValue reason publishedAt }';

async function act(name: string, inputType: string, input: Record<string, unknown>, caller: Record<string, string>): Promise<Figure[]> {
  const response = await app.graphql<Record<string, { observations: Figure[]; userErrors: unknown[] }>>(
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { observations { ${FIELDS} } userErrors { code rule } } }`, { input }, caller);
  expect(response.body.data?.[name]?.userErrors).toEqual([]);
  return response.body.data?.[name]?.observations ?? [];
}

async function read(id: string, caller: Record<string, string> = {}): Promise<Figure | null> {
  const response = await app.graphql<{ observation: Figure | null }>(`query ($id: ID!) { observation(id: $id) { ${FIELDS} } }`, { id }, caller);
  return response.body.data?.observation ?? null;
}

async function approvedFigure(indicator: string, value: number): Promise<Figure> {
  const [saved] = (await act('observationSave', 'ObservationSaveInput', { figures: [{ unit: '850', indicator, level: 'TIEU_HOC', period: '2024-2025/HK1', value }], submit: true }, as.duyenHai)) as [Figure];
  const [approved] = (await act('observationApprove', 'ObservationApproveInput', { items: [{ id: saved.id, version: saved.version }] }, as.traVinh)) as [Figure];
  return approved;
}

describe('scheduled release', () => {
  test('a figure scheduled for later is seen by officers only until its time, then by everyone', async () => {
    const approved = await approvedFigure('full_day_rate', 81.5);
    const publishAt = new Date(Date.now() + 3_600_000);
    const [scheduled] = (await act('observationPublish', 'ObservationPublishInput', { items: [{ id: approved.id, version: approved.version }], publishAt: publishAt.toISOString() }, as.traVinh)) as [Figure];
    expect(scheduled).toMatchObject({ status: 'APPROVED', scheduledPublication: publishAt.toISOString() });
    expect(await read(approved.id)).toBeNull();
    expect(await read(approved.id, as.duyenHai)).toMatchObject({ status: 'APPROVED', value: 81.5 });

    expect(await releaseDuePublications(db, new Date(publishAt.getTime() - 1000))).toEqual([]);
    expect(await read(approved.id)).toBeNull();
    expect(await releaseDuePublications(db, new Date(publishAt.getTime() + 1000))).toEqual([Number(approved.id)]);
    expect(await read(approved.id)).toMatchObject({ status: 'PUBLISHED', value: 81.5, scheduledPublication: null });
    expect(await releaseDuePublications(db, new Date(publishAt.getTime() + 2000))).toEqual([]);
  });

  test('the server publishes a figure whose time has come without anyone asking', async () => {
    const approved = await approvedFigure('in_age_attendance_rate', 99.2);
    await act('observationPublish', 'ObservationPublishInput', { items: [{ id: approved.id, version: approved.version }], publishAt: new Date(Date.now() + 500).toISOString() }, as.traVinh);
    let seen: Figure | null = null;
    for (let attempt = 0; attempt < 40 && seen === null; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      seen = await read(approved.id);
    }
    expect(seen).toMatchObject({ status: 'PUBLISHED', value: 99.2 });
  });

  test('a correction of a public figure leaves the old value public until the correction is published, then logs it publicly', async () => {
    const approved = await approvedFigure('primary_completion_rate', 97.0);
    const [published] = (await act('observationPublish', 'ObservationPublishInput', { items: [{ id: approved.id, version: approved.version }] }, as.traVinh)) as [Figure];
    expect((await read(published.id))?.corrections).toEqual([]);

    const [corrected] = (await act('observationSave', 'ObservationSaveInput', {
      figures: [{ unit: '850', indicator: 'primary_completion_rate', level: 'TIEU_HOC', period: '2024-2025/HK1', value: 98.4, expectedVersion: published.version, reason: 'Bổ sung học sinh học lại' }],
      submit: true,
    }, as.duyenHai)) as [Figure];
    expect(await read(published.id)).toMatchObject({ status: 'PUBLISHED', value: 97 });
    const [reapproved] = (await act('observationApprove', 'ObservationApproveInput', { items: [{ id: corrected.id, version: corrected.version }] }, as.traVinh)) as [Figure];
    await act('observationPublish', 'ObservationPublishInput', { items: [{ id: reapproved.id, version: reapproved.version }] }, as.traVinh);

    const publicView = await read(published.id);
    expect(publicView).toMatchObject({ status: 'PUBLISHED', value: 98.4 });
    expect(publicView?.corrections.map(({ revision, oldValue, newValue, reason }) => ({ revision, oldValue, newValue, reason }))).toEqual([
      { revision: 2, oldValue: 97, newValue: 98.4, reason: 'Bổ sung học sinh học lại' },
    ]);
  });

  test('returning a scheduled figure cancels its publication', async () => {
    const approved = await approvedFigure('health_insurance_rate', 95);
    const [scheduled] = (await act('observationPublish', 'ObservationPublishInput', { items: [{ id: approved.id, version: approved.version }], publishAt: new Date(Date.now() + 60_000).toISOString() }, as.traVinh)) as [Figure];
    await act('observationReturn', 'ObservationReturnInput', { items: [{ id: scheduled.id, version: scheduled.version }], comment: 'Chưa khớp báo cáo' }, as.traVinh);
    expect(await releaseDuePublications(db, new Date(Date.now() + 120_000))).toEqual([]);
    expect(await read(approved.id, as.duyenHai)).toMatchObject({ status: 'DRAFT', scheduledPublication: null });
  });
});
