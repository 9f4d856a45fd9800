import { afterAll, beforeAll, expect, test } from 'vitest';
import { inject } from 'vitest';
import { startApiProcess, type ApiProcess } from './api-process.js';
import { PUBLIC_QUERIES, runPublicLoad } from './public-load.js';
import { copyTemplate, type ScratchDatabase } from './scratch-database.js';

const DURATION_SECONDS = 5;
const CONNECTIONS = 10;
/** The API process may not grow by more than this over the run, nor exceed the ceiling. */
const GROWTH_LIMIT_KB = 150 * 1024;
const CEILING_KB = 512 * 1024;

let database: ScratchDatabase;
let api: ApiProcess;

beforeAll(async () => {
  const { serverUrl, template } = inject('postgres');
  database = await copyTemplate(serverUrl, template);
  api = await startApiProcess({ databaseUrl: database.url, env: { NODE_ENV: 'production', LOG_LEVEL: 'warn' } });
});
afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

test(`${CONNECTIONS} connections for ${DURATION_SECONDS} s of public queries: no errors, no non-2xx answers, bounded memory`, async () => {
  for (const query of PUBLIC_QUERIES) {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    expect(await response.json()).not.toHaveProperty('errors');
  }
  await runPublicLoad(api.url, CONNECTIONS, 1);
  const rssBeforeKb = await api.rssKb();
  const result = await runPublicLoad(api.url, CONNECTIONS, DURATION_SECONDS);
  const rssAfterKb = await api.rssKb();
  console.info(JSON.stringify({ ...result, rssBeforeKb, rssAfterKb }));

  expect(result.requests).toBeGreaterThan(100);
  expect(result).toMatchObject({ errors: 0, timeouts: 0, non2xx: 0, graphqlErrors: 0 });
  expect(rssAfterKb - rssBeforeKb).toBeLessThan(GROWTH_LIMIT_KB);
  expect(rssAfterKb).toBeLessThan(CEILING_KB);
  expect(api.child.exitCode).toBeNull();
}, 60_000);
