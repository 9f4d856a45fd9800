import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createToken, ensureAccount, revokeToken } from '../auth/accounts.js';
import { createTestTokens, type TestAccountName } from '../auth/test-accounts.js';
import { TOKEN_GUESS_LIMIT } from '../auth/token-guess-limiter.js';
import { EXPLORER_PAGE } from '../http/explorer-page.js';
import { API_CONTENT_SECURITY_POLICY } from '../http/security-headers.js';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { BILINGUAL } from './bilingual.js';
import { figureChecksum } from './figure-checksum.js';
import { requestFrom } from './request-from.js';

const UNITS = { '850': '84', '848': '84', '783': '79' } as const;
type UnitId = keyof typeof UNITS;
const CALLERS = ['anonymous', 'duyenHai', 'cuChi', 'traVinh', 'admin'] as const;
type Caller = (typeof CALLERS)[number];
/** Each caller imports its own indicator, so one caller's figures never stand in for another's. */
const INDICATORS: Record<Caller, string> = {
  anonymous: 'in_age_attendance_rate',
  duyenHai: 'full_day_rate',
  cuChi: 'primary_completion_rate',
  traVinh: 'health_insurance_rate',
  admin: 'staff_qualification_rate',
};
const PERIOD = '2019-2020';
const WRITE: Record<Caller, readonly UnitId[]> = { anonymous: [], duyenHai: ['850'], cuChi: ['783'], traVinh: [], admin: ['850', '848', '783'] };
const READ_UNPUBLISHED: Record<Caller, readonly UnitId[]> = { anonymous: [], duyenHai: ['850'], cuChi: ['783'], traVinh: ['850', '848'], admin: ['850', '848', '783'] };
/** What must never reach a client: stack frames, source paths, SQL, driver and database internals. */
const LEAK = /\bat [\w.<>]+ \(|\.[jt]s:\d+|node_modules|\/work\/|\/home\/|\/tmp\/|\bselect\b[^]*\bfrom\b|\binsert into\b|\bdelete from\b|syntax error at or near|relation "|violates|ECONN|password|postgres|kysely|mikro|stack/i;

const cases = (rights: Record<Caller, readonly UnitId[]>) =>
  CALLERS.flatMap((caller) => (Object.keys(UNITS) as UnitId[]).map((unit) => [caller, unit, rights[caller].includes(unit)] as const));

let app: TestApp;
let headers: Record<TestAccountName | 'anonymous', Record<string, string>>;
const db = () => app.orm.em.fork().getKysely<unknown>();

beforeAll(async () => {
  app = await createTestApp();
  headers = { ...(await createTestTokens(app.orm)), anonymous: {} };
  await sql`delete from observation where period = ${PERIOD}`.execute(db());
});
afterAll(() => app.close());

async function importCsv(caller: Caller, unit: UnitId, dryRun: boolean) {
  const csv = `Mã đơn vị,Kỳ báo cáo,Cấp học,Mã chỉ số,Giá trị\n${unit},${PERIOD},Tiểu học,${INDICATORS[caller]},91\n`;
  const response = await app.fetch(`/import?fileName=matrix.csv&dryRun=${dryRun}`, { method: 'POST', headers: { ...headers[caller], 'content-type': 'text/csv' }, body: csv });
  return { status: response.status, body: (await response.json()) as { applied?: boolean; issues?: { rule: string; messageVi: string; messageEn: string }[]; errors?: { message: string }[] } };
}

async function storedCount(caller: Caller, unit: UnitId): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from observation where unit_id = ${unit} and period = ${PERIOD} and indicator_code = ${INDICATORS[caller]}`.execute(db());
  return rows[0]?.n ?? -1;
}

describe('the role × unit matrix over the plain HTTP routes', () => {
  test.each(cases(WRITE))('%s imports a file for %s through POST /import: allowed %s', async (caller, unit, allowed) => {
    const result = await importCsv(caller, unit, false);
    if (caller === 'anonymous') {
      expect(result.status).toBe(401);
      expect(result.body.errors?.[0]?.message).toMatch(BILINGUAL);
    } else if (allowed) {
      expect({ status: result.status, applied: result.body.applied }).toEqual({ status: 200, applied: true });
    } else {
      expect(result.status).toBe(422);
      expect(result.body.issues?.map((issue) => issue.rule)).toContain('forbidden_unit');
    }
    expect(await storedCount(caller, unit)).toBe(allowed ? 1 : 0);
  });

  test.each(cases(WRITE))('%s imports a file for %s through the importRun mutation (dry run): allowed %s', async (caller, unit, allowed) => {
    const csv = Buffer.from(`unit,period,level,indicator,value\n${unit},${PERIOD},Tiểu học,${INDICATORS[caller]},92\n`).toString('base64');
    const response = await app.graphql<{ importRun: { userErrors: { code: string }[] } }>(
      'mutation ($input: ImportRunInput!) { importRun(input: $input) { userErrors { code } } }', { input: { fileName: 'matrix.csv', contentBase64: csv, dryRun: true } }, headers[caller]);
    const codes = response.body.data?.importRun.userErrors.map((error) => error.code) ?? [];
    expect(codes.includes('FORBIDDEN')).toBe(!allowed);
  });

  test.each(cases(READ_UNPUBLISHED))('%s downloads the template of %s: allowed %s', async (caller, unit, allowed) => {
    const response = await app.fetch(`/import/template.xlsx?unit=${unit}&period=${PERIOD}&level=thcs`, { headers: headers[caller] });
    expect(response.status).toBe(allowed ? 200 : caller === 'anonymous' ? 401 : 403);
    if (!allowed) expect(((await response.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(BILINGUAL);
  });

  test.each(cases(READ_UNPUBLISHED))('%s exports the province of %s and sees its drafts: allowed %s', async (caller, unit, allowed) => {
    const response = await app.fetch(`/export/figures.csv?province=${UNITS[unit]}&period=${PERIOD}`, { headers: headers[caller] });
    expect(response.status).toBe(200);
    const lines = (await response.text()).split('\r\n').filter((line) => line.startsWith(`${unit},`) && line.includes(`,${INDICATORS.admin},`));
    expect(lines.length).toBe(allowed ? 1 : 0);
  });
});

describe('expired and revoked tokens', () => {
  let expired: string;
  let revoked: string;
  beforeAll(async () => {
    await ensureAccount(db(), { name: 'so.travinh.cu', role: 'province_officer', unitId: '84' }, 'test');
    expired = (await createToken(db(), 'so.travinh.cu', 3_600_000, null, 'test', new Date(Date.now() - 2 * 3_600_000))).token;
    const created = await createToken(db(), 'so.travinh.cu', 86_400_000, null, 'test');
    revoked = created.token;
    await revokeToken(db(), created.id, 'test');
  });

  const REQUESTS: [string, string, RequestInit][] = [
    ['GraphQL', '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ plans { totalCount } }' }) }],
    ['the import', '/import?fileName=x.csv&dryRun=true', { method: 'POST', body: 'a,b\n' }],
    ['the template', `/import/template.xlsx?unit=850&period=${PERIOD}`, {}],
    ['the CSV export', `/export/figures.csv?province=84&period=${PERIOD}`, {}],
    ['the Excel export', `/export/figures.xlsx?province=84&period=${PERIOD}`, {}],
  ];
  test.each(REQUESTS.flatMap(([name, path, init]) => (['expired', 'revoked'] as const).map((state) => [name, state, path, init] as const)))(
    '%s answers 401 to a %s token',
    async (_name, state, path, init) => {
      const token = state === 'expired' ? expired : revoked;
      const response = await app.fetch(path, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` } });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
      expect(body.errors[0]?.message).toMatch(state === 'expired' ? /hết hạn.*expired/ : /thu hồi.*revoked/);
    },
  );
});

describe('exports neutralise cells a spreadsheet would run as formulas', () => {
  const HOSTILE = ['=cmd|\' /C calc\'!A0', '+HYPERLINK("http://x.invalid")', '-2+3+cmd|\' /C notepad\'!A0', '@SUM(1+1)*cmd|\' /C calc\'!A0', '\t=1+1', '\r=1+1'];
  beforeAll(async () => {
    for (const [index, source] of HOSTILE.entries()) {
      await sql`insert into observation (indicator_code, unit_id, province_id, level, period, value, status, revision, illustrative, source, version, created_at, updated_at)
        values ('enrolment_count', '850', '84', ${['thcs', 'tieu_hoc', 'thpt', 'mam_non', 'thcs', 'tieu_hoc'][index]}, ${index < 4 ? '2017-2018' : '2016-2017'}, ${1000 + index}, 'draft', 1, false, ${source}, 1, now(), now())`.execute(db());
    }
  });

  test('in CSV every hostile source cell starts with an apostrophe', async () => {
    const csv = await (await app.fetch('/export/figures.csv?province=84&period=2017-2018', { headers: headers.duyenHai })).text();
    const older = await (await app.fetch('/export/figures.csv?province=84&period=2016-2017', { headers: headers.duyenHai })).text();
    for (const source of HOSTILE) {
      const text = `${csv}${older}`;
      const quoted = `"'${source.replace(/"/g, '""')}"`;
      expect(text.includes(quoted) || text.includes(`'${source}`)).toBe(true);
      expect(text).not.toMatch(new RegExp(`(^|,)"?${source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'));
    }
  });

  test('in Excel every hostile source is a text cell, never a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await (await app.fetch('/export/figures.xlsx?province=84&period=2017-2018', { headers: headers.duyenHai })).arrayBuffer()) as ArrayBuffer);
    const texts: string[] = [];
    workbook.worksheets[0]?.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === 'string') texts.push(cell.value);
      }),
    );
    for (const source of HOSTILE.slice(0, 4)) expect(texts.some((text) => text === source || text === `'${source}`)).toBe(true);
  });
});

describe('public errors', () => {
  const PROBES: [string, string, RequestInit?][] = [
    ['an export for a period that is SQL', "/export/figures.csv?province=84&period=2024'; drop table observation; --"],
    ['an export for a province that is SQL', "/export/figures.csv?province=84' or '1'='1&period=2024-2025"],
    ['an export for a province with a null byte', '/export/figures.csv?province=84%00&period=2024-2025'],
    ['an export with repeated parameters', '/export/figures.csv?province=84&province=79&period=2024-2025&period=x'],
    ['a template for a unit of 5,000 characters', `/import/template.xlsx?unit=${'9'.repeat(5000)}&period=2024-2025`],
    ['an import that is not a file', '/import?fileName=../../etc/passwd&dryRun=1', { method: 'POST' }],
    ['an unknown route', '/admin/../../etc/passwd'],
    ['a GraphQL body that is a number', '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '42' }],
    ['a GraphQL variable of the wrong type', '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query ($n: Int) { units(first: $n) { totalCount } }', variables: { n: "1; drop table x" } }) }],
    ['a page size over the maximum', '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ units(first: 100000) { totalCount } }' }) }],
    ['a cursor that is SQL', '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ observations(first: 1, after: "' or 1=1 --") { totalCount } }` }) }],
    ['an id that is SQL', '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ observation(id: "1 union select password from account") { id } }` }) }],
    ['a huge number', '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ units(first: 99999999999999999999) { totalCount } }' }) }],
    ['a GraphQL id with a null byte', '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query ($id: ID!) { unit(id: $id) { name } }', variables: { id: '84\u0000' } }) }],
    ['a GraphQL filter with a null byte in the query text', '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ unit(id: "84\\u0000") { name } }' }) }],
  ];

  test.each(PROBES)('%s gets a client error without internals', async (_name, path, init) => {
    const response = await app.fetch(path, init);
    const text = await response.text();
    expect(response.status).toBeLessThan(500);
    expect(text).not.toMatch(LEAK);
    const body = JSON.parse(text) as { errors?: { message: string }[]; issues?: { messageVi: string }[]; data?: unknown };
    const message = body.errors?.[0]?.message;
    if (message !== undefined) expect(message).toMatch(BILINGUAL);
  });
});

describe('errors while the database is away', () => {
  let cut: TestApp;
  beforeAll(async () => {
    cut = await createTestApp();
    await cut.cutOffDatabase();
  });
  afterAll(() => cut.close());

  test.each([
    ['a GraphQL query', '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ observations(first: 1) { totalCount } }' }) }],
    ['a GraphQL query with a token', '/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer evn_${'A'.repeat(43)}` }, body: JSON.stringify({ query: '{ plans { totalCount } }' }) }],
    ['the CSV export', `/export/figures.csv?province=84&period=${PERIOD}`, {}],
    ['an import', '/import?fileName=x.csv', { method: 'POST', headers: { authorization: `Bearer evn_${'A'.repeat(43)}` }, body: 'a,b\n' }],
  ] as [string, string, RequestInit][])('%s answers a server error without internals', async (_name, path, init) => {
    const response = await cut.fetch(path, init);
    const text = await response.text();
    const error = (JSON.parse(text) as { errors: { message: string; extensions: { code: string } }[] }).errors[0];
    expect(text).not.toMatch(LEAK);
    expect(error?.message).toMatch(BILINGUAL);
    expect(['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE']).toContain(error?.extensions.code);
    // GraphQL may answer 200 with the error in the body (a field failed, not the request).
    if (!path.startsWith('/graphql')) expect(response.status).toBeGreaterThanOrEqual(500);
  });
});

describe('token guessing', () => {
  let guarded: TestApp;
  let valid: Record<string, string>;
  const url = (path: string) => `${guarded.url.replace('localhost', '127.0.0.1')}${path}`;
  const guess = () => ({ authorization: `Bearer evn_${randomBytes(32).toString('base64url')}` });
  const graphql = (from: string, auth: Record<string, string>) =>
    requestFrom(from, url('/graphql'), { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ query: '{ plans { totalCount } }' }) });

  beforeAll(async () => {
    guarded = await createTestApp();
    valid = (await createTestTokens(guarded.orm)).duyenHai;
  });
  afterAll(() => guarded.close());

  test(`${TOKEN_GUESS_LIMIT.burst} bad tokens from one address get 401, the next gets 429 with Retry-After before any lookup`, async () => {
    for (let attempt = 0; attempt < TOKEN_GUESS_LIMIT.burst; attempt += 1) expect((await graphql('127.0.0.1', guess())).status).toBe(401);
    guarded.sql.reset();
    const refused = await graphql('127.0.0.1', guess());
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(TOKEN_GUESS_LIMIT.refillMs / 1000);
    const body = JSON.parse(refused.text) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(body.errors[0]?.message).toMatch(BILINGUAL);
    expect(guarded.sql.statements).toEqual([]);
  });

  test('the guessing address is refused even with a valid token, while it may still read without one', async () => {
    expect((await graphql('127.0.0.1', valid)).status).toBe(429);
    expect((await graphql('127.0.0.1', {})).status).toBe(200);
  });

  test('a valid token from another address still works', async () => {
    const response = await graphql('127.0.0.2', valid);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({ data: { plans: { totalCount: 5 } } });
  });

  test('parallel guesses cannot outrun the limit', async () => {
    const answers = await Promise.all(Array.from({ length: 3 * TOKEN_GUESS_LIMIT.burst }, () => graphql('127.0.0.4', guess())));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(TOKEN_GUESS_LIMIT.burst);
    expect(statuses.filter((status) => status === 429)).toHaveLength(2 * TOKEN_GUESS_LIMIT.burst);
  });

  test('a token that worked from an address keeps working there while others guess from it', async () => {
    expect((await graphql('127.0.0.5', valid)).status).toBe(200);
    for (let attempt = 0; attempt < TOKEN_GUESS_LIMIT.burst + 5; attempt += 1) await graphql('127.0.0.5', guess());
    expect((await graphql('127.0.0.5', guess())).status).toBe(429);
    expect((await graphql('127.0.0.5', valid)).status).toBe(200);
  });

  test('bad tokens sent to the plain HTTP routes count too', async () => {
    for (let attempt = 0; attempt < TOKEN_GUESS_LIMIT.burst; attempt += 1) {
      expect((await requestFrom('127.0.0.3', url('/export/figures.csv?province=84&period=2024-2025'), { headers: guess() })).status).toBe(401);
    }
    const refused = await requestFrom('127.0.0.3', url('/import?fileName=x.csv'), { method: 'POST', headers: guess(), body: 'a' });
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
  });
});

describe('security headers', () => {
  let production: TestApp;
  let portalDir: string;
  const INLINE = "document.documentElement.dataset.js = 'yes';";
  const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

  beforeAll(async () => {
    portalDir = await mkdtemp(join(tmpdir(), 'portal-headers-'));
    await mkdir(join(portalDir, 'pagefind'));
    await writeFile(join(portalDir, 'index.html'), `<!doctype html><title>Trang chủ</title><script>${INLINE}</script><script type="module" src="/_astro/x.js"></script>`);
    await writeFile(join(portalDir, '404.html'), '<!doctype html><title>Không tìm thấy trang</title>');
    await writeFile(join(portalDir, 'pagefind/pagefind-worker.js'), 'self.onmessage = () => {};');
    production = await createTestApp({ production: true, trustProxy: true, portalDist: portalDir });
  });
  afterAll(async () => {
    await production.close();
    await rm(portalDir, { recursive: true, force: true });
  });

  test.each([
    ['GraphQL', '/graphql?query=%7B__typename%7D', { 'apollo-require-preflight': '1' }],
    ['health', '/healthz', {}],
    ['an unknown address', '/khong-co.json', {}],
    ['the CSV export', '/export/figures.csv?province=84&period=2024-2025', {}],
    ['a refused import', '/import', {}],
  ])('%s answers with the API headers', async (_name, path, extra) => {
    const response = await app.fetch(path, { headers: extra, method: path === '/import' ? 'POST' : 'GET' });
    expect(Object.fromEntries(['x-content-type-options', 'referrer-policy', 'x-frame-options', 'cross-origin-resource-policy', 'content-security-policy', 'x-powered-by', 'strict-transport-security'].map((name) => [name, response.headers.get(name)]))).toEqual({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'cross-origin-resource-policy': 'same-origin',
      'content-security-policy': API_CONTENT_SECURITY_POLICY,
      'x-powered-by': null,
      'strict-transport-security': null,
    });
  });

  test.each([
    ['production behind TLS', () => production, 'https', 'max-age=31536000; includeSubDomains'],
    ['production over plain HTTP', () => production, 'http', null],
    ['development behind TLS', () => app, 'https', null],
  ] as const)('Strict-Transport-Security in %s: %s', async (_name, server, proto, expected) => {
    const response = await server().fetch('/healthz', { headers: { 'x-forwarded-proto': proto } });
    expect(response.headers.get('strict-transport-security')).toBe(expected);
  });

  test('the portal pages allow their own inline scripts by hash, WebAssembly for search, and nothing from elsewhere', async () => {
    const response = await production.fetch('/');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha(INLINE)}`);
    expect(policy).not.toMatch(/'unsafe-eval'|https?:|\*/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('the portal 404 page and the search worker carry the portal policy', async () => {
    const missing = await production.fetch('/khong-co/');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toContain("'wasm-unsafe-eval'");
    const worker = await production.fetch('/pagefind/pagefind-worker.js');
    expect(worker.headers.get('content-security-policy')).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });

  test('the development explorer allows exactly its own inline script', async () => {
    const response = await app.fetch('/explorer');
    const script = /<script>([\s\S]*?)<\/script>/.exec(EXPLORER_PAGE)?.[1] ?? '';
    expect(response.headers.get('content-security-policy')).toContain(sha(script));
  });

  const builtSearch = fileURLToPath(new URL('../../../portal/dist/tim-kiem/index.html', import.meta.url));
  test.skipIf(!existsSync(builtSearch))('the built portal search page gets the hash of its inline script', async () => {
    const dist = join(builtSearch, '../..');
    const served = await createTestApp({ portalDist: dist });
    try {
      const html = readFileSync(builtSearch, 'utf8');
      const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
      const response = await served.fetch('/tim-kiem/');
      expect(response.headers.get('content-security-policy')).toContain(sha(script));
    } finally {
      await served.close();
    }
  });
});

describe('the refused requests above changed no figure of another caller', () => {
  test('row counts and checksums of the figure tables hold after a dry run by every caller', async () => {
    const before = await figureChecksum(app.orm);
    for (const [caller, unit] of cases(WRITE)) await importCsv(caller, unit, true);
    expect(await figureChecksum(app.orm)).toEqual(before);
  });
});
