import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestTokens, type TestAccountName } from '../auth/test-accounts.js';
import { createTestApp, type TestApp } from '../test/test-app.js';

const PERIOD = '2010-2011';
const UNITS = 1_000;
/** Twenty figures per commune: counts for every level and three rates with their numerators and denominators. */
const FIGURES: readonly (readonly [indicator: string, level: string, rate: boolean])[] = [
  ...['nha_tre', 'mau_giao', 'mam_non', 'tieu_hoc', 'thcs', 'thpt', 'gdtx', 'all'].map((level) => ['enrolment_count', level, false] as const),
  ...['tieu_hoc', 'thcs', 'thpt', 'gdtx', 'all'].map((level) => ['dropout_rate', level, true] as const),
  ...['tieu_hoc', 'thcs', 'thpt'].map((level) => ['repetition_rate', level, true] as const),
  ...['mau_giao', 'tieu_hoc', 'thcs', 'thpt'].map((level) => ['in_age_attendance_rate', level, true] as const),
];
const HEADER = 'Mã đơn vị,Kỳ báo cáo,Cấp học,Mã chỉ số,Phân tổ,Giá trị,Tử số,Mẫu số,Nguồn số liệu';

interface ImportJson {
  applied: boolean;
  summary: { rows: number; created: number; revised: number; unchanged: number; submitted: number };
  issues: { severity: string; sheet: string; row: number | null; column: string | null; rule: string; messageVi: string; messageEn: string }[];
}

let app: TestApp;
let as: Record<TestAccountName, Record<string, string>>;
let communes: string[];

beforeAll(async () => {
  app = await createTestApp();
  as = await createTestTokens(app.orm);
  const db = app.orm.em.fork().getKysely<unknown>();
  communes = (await sql<{ id: string }>`select id from admin_unit where kind = 'commune' order by id limit ${UNITS}`.execute(db)).rows.map((row) => row.id);
  expect(communes).toHaveLength(UNITS);
});
afterAll(() => app.close());

/** A national-style file of 20,000 figures; `shift` changes every value, `line` rewrites one data line. */
function bigCsv(shift = 0, line?: { at: number; text: string }): Buffer {
  const lines = [HEADER];
  for (const unit of communes) {
    for (const [indicator, level, rate] of FIGURES) {
      const n = lines.length;
      lines.push(rate ? `${unit},${PERIOD},${level},${indicator},,,${10 + ((n + shift) % 20)},${2000 + (n % 500)},Thống kê` : `${unit},${PERIOD},${level},${indicator},Tổng số,${1000 + ((n + shift) % 900)},,,Thống kê`);
    }
  }
  if (line) lines[line.at - 1] = line.text;
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

async function upload(bytes: Buffer, fileName: string, caller: Record<string, string> = as.admin): Promise<{ status: number; body: ImportJson }> {
  const response = await app.fetch(`/import?fileName=${encodeURIComponent(fileName)}`, { method: 'POST', headers: { ...caller, 'content-type': 'application/octet-stream' }, body: bytes });
  return { status: response.status, body: (await response.json()) as ImportJson };
}

async function stored(): Promise<{ figures: number; revisions: number; changes: number; sum: number; audits: number }> {
  const db = app.orm.em.fork().getKysely<unknown>();
  const { rows } = await sql<{ figures: number; revisions: number; changes: number; sum: number; audits: number }>`select
      (select count(*)::int from observation where period = ${PERIOD}) as figures,
      (select count(*)::int from observation_revision r join observation o on o.id = r.observation_id where o.period = ${PERIOD}) as revisions,
      (select count(*)::int from observation_change where period = ${PERIOD}) as changes,
      (select coalesce(sum(value), 0)::float8 from observation where period = ${PERIOD}) as sum,
      (select count(*)::int from audit_event where action = 'observation.write' and subject_id like 'bulk-%') as audits`.execute(db);
  return rows[0] as { figures: number; revisions: number; changes: number; sum: number; audits: number };
}

describe('a large CSV import', () => {
  test('writes nothing when one row near the end is bad, naming its row and column', async () => {
    const bad = `${communes.at(-1)},${PERIOD},tieu_hoc,dropout_rate,,150,,,Thống kê`;
    const { status, body } = await upload(bigCsv(0, { at: 19_990, text: bad }), 'bulk-bad.csv');
    expect(status).toBe(422);
    expect(body.applied).toBe(false);
    const errors = body.issues.filter((issue) => issue.severity === 'error');
    expect(errors.map((issue) => [issue.sheet, issue.row, issue.column])).toEqual([['bulk-bad.csv', 19_990, 'F']]);
    expect(errors[0]?.messageVi).toMatch(/^Tệp «bulk-bad\.csv», dòng 19990, cột F: /);
    expect(errors[0]?.messageEn).toMatch(/^File "bulk-bad\.csv", row 19990, column F: /);
    expect(await stored()).toEqual({ figures: 0, revisions: 0, changes: 0, sum: 0, audits: 0 });
  }, 120_000);

  test('writes all 20,000 figures with their revisions, feed entries and one audit event; importing the file again changes nothing', async () => {
    const file = bigCsv();
    const first = await upload(file, 'bulk-good.csv');
    expect(first.status).toBe(200);
    expect(first.body.summary).toEqual({ rows: 20_000, created: 20_000, revised: 0, unchanged: 0, submitted: 0 });
    const after = await stored();
    expect(after).toMatchObject({ figures: 20_000, revisions: 20_000, changes: 20_000, audits: 1 });

    const again = await upload(file, 'bulk-good.csv');
    expect(again.body.summary).toEqual({ rows: 20_000, created: 0, revised: 0, unchanged: 20_000, submitted: 0 });
    expect(await stored()).toEqual(after);
  }, 180_000);

  test('a corrected file adds one revision to each changed figure', async () => {
    const before = await stored();
    const { body } = await upload(bigCsv(1), 'bulk-corrected.csv');
    expect(body.applied).toBe(true);
    expect(body.summary.revised).toBe(20_000);
    const after = await stored();
    expect(after).toMatchObject({ figures: 20_000, revisions: before.revisions + 20_000, changes: before.changes + 20_000, audits: before.audits + 1 });
    const db = app.orm.em.fork().getKysely<unknown>();
    const { rows } = await sql<{ revision: number; version: number; n: number }>`select revision, version, count(*)::int as n from observation where period = ${PERIOD} group by 1, 2`.execute(db);
    expect(rows).toEqual([{ revision: 2, version: 2, n: 20_000 }]);
  }, 180_000);

  test('two imports correcting the same figures at once: one is written, the other is refused, nothing is lost', async () => {
    const db = app.orm.em.fork().getKysely<unknown>();
    const unit = communes[0] as string;
    const { rows: current } = await sql<{ version: number }>`select version from observation where unit_id = ${unit} and period = ${PERIOD} and indicator_code = 'enrolment_count' and level = 'thcs'`.execute(db);
    const version = current[0]?.version as number;
    const { rows: history } = await sql<{ n: number }>`select count(*)::int as n from observation_revision r join observation o on o.id = r.observation_id
      where o.unit_id = ${unit} and o.period = ${PERIOD} and o.indicator_code = 'enrolment_count' and o.level = 'thcs'`.execute(db);
    const revisions = history[0]?.n as number;
    const file = (value: number) => Buffer.from(`Mã đơn vị,Kỳ báo cáo,Cấp học,Mã chỉ số,Phân tổ,Giá trị,Phiên bản\n${unit},${PERIOD},thcs,enrolment_count,Tổng số,${value},${version}\n`, 'utf8');
    const results = await Promise.all([upload(file(5_001), 'bulk-race-a.csv'), upload(file(5_002), 'bulk-race-b.csv')]);
    expect(results.map((result) => result.body.applied).sort()).toEqual([false, true]);
    const refused = results.find((result) => !result.body.applied) as { body: ImportJson };
    expect(refused.body.issues.map((issue) => issue.rule)).toEqual([expect.stringMatching(/^(stale_version|concurrent_change)$/)]);
    const winner = results.findIndex((result) => result.body.applied);
    const { rows } = await sql<{ value: number; version: number; revisions: number }>`select o.value, o.version, (select count(*)::int from observation_revision r where r.observation_id = o.id) as revisions
      from observation o where unit_id = ${unit} and period = ${PERIOD} and indicator_code = 'enrolment_count' and level = 'thcs'`.execute(db);
    expect(rows).toEqual([{ value: winner === 0 ? 5_001 : 5_002, version: version + 1, revisions: revisions + 1 }]);
  }, 60_000);
});
