import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestTokens, type TestAccountName } from '../auth/test-accounts.js';
import { createTestApp, type TestApp } from '../test/test-app.js';
import type { AuditEntry } from './record-audit.js';

interface Entry extends AuditEntry {
  id: string;
}
const LOG = `query ($filter: AuditEventFilter, $after: String, $first: Int) { auditEvents(filter: $filter, after: $after, first: $first) {
  nodes { id actor action subjectType subjectId unitId details comment } pageInfo { hasNextPage endCursor } totalCount } }`;

let app: TestApp;
let as: Record<TestAccountName, Record<string, string>>;
let figureId: string;

beforeAll(async () => {
  app = await createTestApp();
  as = await createTestTokens(app.orm);
  const saved = await app.graphql<{ observationSave: { observations: { id: string; version: number }[] } }>(
    'mutation ($input: ObservationSaveInput!) { observationSave(input: $input) { observations { id version } } }',
    { input: { figures: [{ unit: '850', indicator: 'repetition_rate', level: 'THCS', period: '2024-2025/HK2', value: 3.2 }], submit: true } },
    as.duyenHai,
  );
  const figure = saved.body.data?.observationSave.observations[0] as { id: string; version: number };
  figureId = figure.id;
  await app.graphql('mutation ($input: ObservationReturnInput!) { observationReturn(input: $input) { userErrors { code } } }',
    { input: { items: [figure], comment: 'Kiểm tra lại số học sinh lưu ban' } }, as.traVinh);
});
afterAll(() => app.close());

async function log(filter: Record<string, unknown>, after: string | null = null, first = 100): Promise<{ nodes: Entry[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number }> {
  const response = await app.graphql<{ auditEvents: { nodes: Entry[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number } }>(LOG, { filter, after, first }, as.admin);
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.auditEvents as { nodes: Entry[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number };
}

describe('the audit log', () => {
  test('says who changed a figure, how and when, with the reviewer’s comment', async () => {
    const entries = (await log({ subjectType: 'observation', subjectId: figureId })).nodes;
    expect(entries.map(({ actor, action, comment }) => ({ actor, action, comment }))).toEqual([
      { actor: 'duyenhai', action: 'observation.created', comment: null },
      { actor: 'duyenhai', action: 'observation.submitted', comment: null },
      { actor: 'travinh', action: 'observation.returned', comment: 'Kiểm tra lại số học sinh lưu ban' },
    ]);
    expect(entries[0]?.details).toMatchObject({ indicator: 'repetition_rate', value: 3.2, status: 'draft' });
  });

  test('logs accounts, tokens and writes of figures beside the figure changes', async () => {
    const actions = new Set((await log({})).nodes.map((entry) => entry.action));
    for (const action of ['account.create', 'token.create', 'observation.write', 'observation.created']) expect(actions).toContain(action);
    const writes = await log({ action: 'observation.write' });
    expect(writes.nodes[0]).toMatchObject({ actor: 'duyenhai', subjectType: 'figures', unitId: '850', details: { source: 'api', created: 1, submitted: 1 } });
  });

  test('filters by action prefix and pages without repeating entries', async () => {
    const tokens = await log({ action: 'token.' });
    expect(tokens.nodes.every((entry) => entry.action.startsWith('token.'))).toBe(true);
    const all = await log({});
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await log({}, after, 3);
      paged.push(...page.nodes.map((entry) => entry.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(all.nodes.map((entry) => entry.id));
  });
});
