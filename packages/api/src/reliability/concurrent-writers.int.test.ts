import { afterAll, beforeAll, expect, test } from 'vitest';
import { inject } from 'vitest';
import type { TestAccountName } from '../auth/test-accounts.js';
import { startApiProcess, type ApiProcess } from './api-process.js';
import { copyTemplate, type ScratchDatabase } from './scratch-database.js';
import { tokensFor } from './test-tokens.js';

const UNIT = '850';
const PERIOD = '2019-2020';
/** The figures every writer fights over. */
const CONTESTED = [
  { indicator: 'enrolment_count', level: 'TIEU_HOC' },
  { indicator: 'enrolment_count', level: 'THCS' },
] as const;
/** Figures of the same district that one writer each changes, at the same moments. */
const NEIGHBOURS = ['NHA_TRE', 'MAU_GIAO', 'MAM_NON', 'THPT'] as const;
const ROUNDS = 4;
/** Writers per contested figure and round through observationSave, and through an import of a file. */
const SAVE_WRITERS = 12;
const IMPORT_WRITERS = 3;
const FEED_PAGE = 7;

interface Figure {
  id: string;
  version: number;
  value: number;
}
interface SavePayload {
  observations: Figure[];
  userErrors: { code: string; rule: string; message: string }[];
}
interface Change {
  id: string;
  kind: string;
  observationId: string;
  revision: number;
  value: number;
}
interface Write {
  via: 'save' | 'import' | 'neighbour';
  level: string;
  value: number;
  outcome: 'accepted' | 'conflict' | string;
}

let database: ScratchDatabase;
let as: Record<TestAccountName, Record<string, string>>;
let api: ApiProcess;

beforeAll(async () => {
  const { serverUrl, template } = inject('postgres');
  database = await copyTemplate(serverUrl, template);
  as = await tokensFor(database.url);
  api = await startApiProcess({ databaseUrl: database.url });
});
afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

async function graphql<Data>(query: string, variables: Record<string, unknown>, caller: Record<string, string>): Promise<{ status: number; data?: Data; errors?: { extensions?: { code?: string } }[] }> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...caller },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as { data?: Data; errors?: { extensions?: { code?: string } }[] }) };
}

const SAVE = `mutation ($input: ObservationSaveInput!) { observationSave(input: $input) { observations { id version value } userErrors { code rule message } } }`;
const READ = `query ($id: ID!) { observation(id: $id) { id version value } }`;
const FEED = `query ($after: String) { observationChanges(unit: "${UNIT}", first: ${FEED_PAGE}, after: $after) {
  nodes { id kind observationId revision value } pageInfo { hasNextPage } resumeCursor } }`;

async function save(level: string, value: number, expectedVersion: number | null): Promise<{ outcome: string; figure?: Figure }> {
  const figure = { unit: UNIT, indicator: 'enrolment_count', level, period: PERIOD, value, expectedVersion };
  const response = await graphql<{ observationSave: SavePayload }>(SAVE, { input: { figures: [figure] } }, as.duyenHai);
  const payload = response.data?.observationSave;
  if (!payload) return { outcome: `HTTP ${response.status} ${response.errors?.[0]?.extensions?.code}` };
  if (payload.userErrors.length === 0) return { outcome: 'accepted', figure: payload.observations[0] };
  const codes = [...new Set(payload.userErrors.map((error) => error.code))];
  return { outcome: codes.length === 1 && codes[0] === 'CONFLICT' ? 'conflict' : codes.join(',') };
}

async function importFigure(level: string, value: number): Promise<string> {
  const csv = `unit,period,level,indicator,value\n${UNIT},${PERIOD},${level},enrolment_count,${value}\n`;
  const response = await fetch(`${api.url}/import?fileName=race.csv`, { method: 'POST', headers: { ...as.duyenHai, 'content-type': 'text/csv' }, body: csv });
  const body = (await response.json()) as { applied?: boolean; issues?: { severity: string; rule: string }[] };
  if (body.applied) return 'accepted';
  const rules = [...new Set((body.issues ?? []).filter((issue) => issue.severity === 'error').map((issue) => issue.rule))];
  return rules.length === 1 && rules[0] === 'concurrent_change' ? 'conflict' : `HTTP ${response.status} ${rules.join(',')}`;
}

/** Pages through the district's change feed from a cursor until it is drained, `until` says stop and no page remains. */
async function readFeed(from: string | null, until: () => boolean): Promise<{ changes: Change[]; pages: number; cursor: string | null }> {
  const changes: Change[] = [];
  let cursor = from;
  let pages = 0;
  for (;;) {
    const done = until();
    const response = await graphql<{ observationChanges: { nodes: Change[]; pageInfo: { hasNextPage: boolean }; resumeCursor: string | null } }>(FEED, { after: cursor }, as.duyenHai);
    const page = response.data?.observationChanges;
    if (!page) throw new Error(`feed failed: ${JSON.stringify(response.errors)}`);
    pages += 1;
    changes.push(...page.nodes);
    cursor = page.resumeCursor;
    if (!page.pageInfo.hasNextPage) {
      if (done) return { changes, pages, cursor };
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

test('many writers on the same figures and district at once: no lost update, conflicts reported as CONFLICT, the change feed ordered and complete', async () => {
  const start = await readFeed(null, () => true);
  const created = await Promise.all(CONTESTED.map((figure, index) => save(figure.level, 500 + index, null)));
  const neighbours = await Promise.all(NEIGHBOURS.map((level, index) => save(level, 700 + index, null)));
  expect([...created, ...neighbours].map((result) => result.outcome)).toEqual([...CONTESTED, ...NEIGHBOURS].map(() => 'accepted'));
  const ids = new Map(CONTESTED.map((figure, index) => [figure.level as string, (created[index]?.figure as Figure).id]));
  const neighbourVersions = new Map(NEIGHBOURS.map((level, index) => [level as string, (neighbours[index]?.figure as Figure).version]));

  let writing = true;
  const reader = readFeed(start.cursor, () => !writing);
  const writes: Write[] = [];
  const startedAt = performance.now();
  for (let round = 0; round < ROUNDS; round += 1) {
    const versions = await Promise.all(CONTESTED.map(async (figure) => (await graphql<{ observation: Figure }>(READ, { id: ids.get(figure.level) }, as.duyenHai)).data?.observation.version ?? -1));
    const attempts: Promise<Write>[] = [];
    CONTESTED.forEach((figure, index) => {
      for (let writer = 0; writer < SAVE_WRITERS; writer += 1) {
        const value = 10_000 + round * 1000 + index * 100 + writer;
        attempts.push(save(figure.level, value, versions[index] ?? -1).then(({ outcome }) => ({ via: 'save', level: figure.level, value, outcome })));
      }
      for (let writer = 0; writer < IMPORT_WRITERS; writer += 1) {
        const value = 10_000 + round * 1000 + index * 100 + 50 + writer;
        attempts.push(importFigure(figure.level, value).then((outcome) => ({ via: 'import', level: figure.level, value, outcome })));
      }
    });
    NEIGHBOURS.forEach((level, index) => {
      const value = 20_000 + round * 10 + index;
      attempts.push(
        save(level, value, neighbourVersions.get(level) ?? null).then(({ outcome, figure }) => {
          if (figure) neighbourVersions.set(level, figure.version);
          return { via: 'neighbour', level, value, outcome };
        }),
      );
    });
    writes.push(...(await Promise.all(attempts)));
  }
  const writeMs = performance.now() - startedAt;
  writing = false;
  const paged = await reader;
  const whole = await readFeed(start.cursor, () => true);

  const accepted = writes.filter((write) => write.outcome === 'accepted');
  const conflicts = writes.filter((write) => write.outcome === 'conflict');
  console.info(JSON.stringify({ writes: writes.length, concurrentPerRound: writes.length / ROUNDS, accepted: accepted.length, conflicts: conflicts.length, writeMs: Math.round(writeMs), feedPagesWhileWriting: paged.pages, feedChanges: paged.changes.length }));

  expect(writes.filter((write) => write.outcome !== 'accepted' && write.outcome !== 'conflict')).toEqual([]);
  expect(writes.filter((write) => write.via === 'neighbour' && write.outcome !== 'accepted')).toEqual([]);
  expect(conflicts.length).toBeGreaterThan(0);

  for (const figure of CONTESTED) {
    const id = ids.get(figure.level) as string;
    const mine = accepted.filter((write) => write.level === figure.level && write.via !== 'neighbour');
    const history = await database.query<{ number: number; value: number }>('select number, value from observation_revision where observation_id = $1 order by number', [Number(id)]);
    const [stored] = await database.query<{ value: number; revision: number; version: number }>('select value, revision, version from observation where id = $1', [Number(id)]);
    expect(mine.length).toBeGreaterThanOrEqual(ROUNDS);
    expect(history.map((row) => row.number)).toEqual(history.map((_row, index) => index + 1));
    expect(history.slice(1).map((row) => row.value).sort()).toEqual(mine.map((write) => write.value).sort());
    expect(stored?.value).toBe(history.at(-1)?.value);
    expect(stored?.revision).toBe(history.length);
    expect(stored?.version).toBe(1 + mine.length);

    const feed = paged.changes.filter((change) => change.observationId === id);
    expect(feed.map((change) => change.revision)).toEqual(history.map((row) => row.number));
    expect(feed.map((change) => change.value)).toEqual(history.map((row) => row.value));
  }
  const contestedIds = new Set(ids.values());
  expect(paged.changes.filter((change) => !contestedIds.has(change.observationId))).toHaveLength(NEIGHBOURS.length * (ROUNDS + 1));
  expect(paged.changes.map((change) => change.id)).toEqual(whole.changes.map((change) => change.id));
  expect(new Set(paged.changes.map((change) => change.id)).size).toBe(paged.changes.length);
  expect(paged.changes).toHaveLength(CONTESTED.length + NEIGHBOURS.length + accepted.length);
}, 90_000);
