import ExcelJS from 'exceljs';
import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestTokens, type TestAccountName } from '../auth/test-accounts.js';
import { createTestApp, type TestApp } from '../test/test-app.js';

const UNIT = '850';
const PERIOD = '2024-2025';

interface ImportJson {
  dryRun: boolean;
  applied: boolean;
  summary: { rows: number; created: number; revised: number; unchanged: number; submitted: number };
  issues: { severity: string; sheet: string; row: number | null; column: string | null; rule: string; messageVi: string; messageEn: string }[];
  changes: { action: string; indicator: string; oldValue: number | null; newValue: number }[];
}

let app: TestApp;
let as: Record<TestAccountName, Record<string, string>>;

beforeAll(async () => {
  app = await createTestApp();
  as = await createTestTokens(app.orm);
  const db = app.orm.em.fork().getKysely<unknown>();
  await sql`delete from observation where unit_id = ${UNIT} and period = ${PERIOD}`.execute(db);
});
afterAll(() => app.close());

async function downloadTemplate(level = 'tieu_hoc'): Promise<Buffer> {
  const response = await app.fetch(`/import/template.xlsx?unit=${UNIT}&period=${PERIOD}&level=${level}`, { headers: as.duyenHai });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('spreadsheetml');
  return Buffer.from(await response.arrayBuffer());
}

/** Types values into the template's total lines, by indicator code and column letter, as an officer would in Excel. */
async function fill(template: Buffer, values: Record<string, Record<string, ExcelJS.CellValue>>, sheetName = 'Tiểu học'): Promise<{ bytes: Buffer; rows: Record<string, number> }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(sheetName) as ExcelJS.Worksheet;
  const rows: Record<string, number> = {};
  sheet.eachRow((row, number) => {
    const code = row.getCell(1).value;
    if (typeof code === 'string' && row.getCell(4).value === 'Tổng số' && rows[code] === undefined) rows[code] = number;
  });
  for (const [code, cells] of Object.entries(values)) {
    for (const [column, value] of Object.entries(cells)) sheet.getCell(`${column}${rows[code]}`).value = value;
  }
  return { bytes: Buffer.from(await workbook.xlsx.writeBuffer()), rows };
}

async function upload(bytes: Buffer, fileName: string, dryRun = false, caller: Record<string, string> = as.duyenHai): Promise<{ status: number; body: ImportJson }> {
  const response = await app.fetch(`/import?fileName=${encodeURIComponent(fileName)}&dryRun=${dryRun}`, { method: 'POST', headers: { ...caller, 'content-type': 'application/octet-stream' }, body: bytes });
  return { status: response.status, body: (await response.json()) as ImportJson };
}

async function storedState(): Promise<{ figures: unknown[]; revisions: number; changes: number }> {
  const db = app.orm.em.fork().getKysely<unknown>();
  const figures = await sql`select id, indicator_code, value, numerator, denominator, status, revision, version, source from observation where unit_id = ${UNIT} and period = ${PERIOD} order by id`.execute(db);
  const revisions = await sql<{ n: number }>`select count(*)::int as n from observation_revision r join observation o on o.id = r.observation_id where o.unit_id = ${UNIT} and o.period = ${PERIOD}`.execute(db);
  const changes = await sql<{ n: number }>`select count(*)::int as n from observation_change where unit_id = ${UNIT} and period = ${PERIOD}`.execute(db);
  return { figures: figures.rows, revisions: revisions.rows[0]?.n ?? 0, changes: changes.rows[0]?.n ?? 0 };
}

const GOOD = {
  dropout_rate: { G: 0.4, H: 12, I: 3000, J: 'Báo cáo tổng kết năm học 2024-2025' },
  repetition_rate: { G: 1.2, H: 36, I: 3000 },
  enrolment_count: { G: 3000 },
  in_age_attendance_rate: { G: 99.6 },
};

describe('the Excel round trip', () => {
  test('a district downloads the template, fixes the errors it reports, imports, and submits; the province approves; the public sees the figures', async () => {
    const template = await downloadTemplate();

    const broken = await fill(template, { ...GOOD, repetition_rate: { G: 1.2, H: 36, I: 30 }, in_age_attendance_rate: { G: 105 } });
    const refused = await upload(broken.bytes, 'duyen-hai.xlsx');
    expect(refused.status).toBe(422);
    expect(refused.body.applied).toBe(false);
    const errors = refused.body.issues.filter((issue) => issue.severity === 'error');
    expect(errors.map(({ sheet, row, column, rule }) => ({ sheet, row, column, rule }))).toEqual([
      { sheet: 'Tiểu học', row: broken.rows.in_age_attendance_rate, column: 'G', rule: 'rate_out_of_range' },
      { sheet: 'Tiểu học', row: broken.rows.repetition_rate, column: 'H', rule: 'numerator_exceeds_denominator' },
    ].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));
    for (const error of errors) {
      expect(error.messageVi).toMatch(new RegExp(`^Trang «Tiểu học», dòng ${error.row}, cột ${error.column}: «`));
      expect(error.messageEn).toMatch(new RegExp(`^Sheet "Tiểu học", row ${error.row}, column ${error.column}: "`));
    }
    expect((await storedState()).figures).toEqual([]);

    const fixed = await fill(template, GOOD);
    const preview = await upload(fixed.bytes, 'duyen-hai.xlsx', true);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ dryRun: true, applied: false, summary: { rows: 4, created: 4, revised: 0, unchanged: 0 } });
    expect(preview.body.changes.map((change) => [change.indicator, change.action, change.newValue]).sort()).toEqual([
      ['dropout_rate', 'create', 0.4],
      ['enrolment_count', 'create', 3000],
      ['in_age_attendance_rate', 'create', 99.6],
      ['repetition_rate', 'create', 1.2],
    ]);
    expect((await storedState()).figures).toEqual([]);

    const imported = await upload(fixed.bytes, 'duyen-hai.xlsx');
    expect(imported.body).toMatchObject({ applied: true, summary: { created: 4 } });

    const listing = await app.graphql<{ observations: { nodes: { id: string; version: number; status: string }[] } }>(
      `query { observations(filter: { units: ["${UNIT}"], periods: ["${PERIOD}"] }) { nodes { id version status } } }`, {}, as.duyenHai);
    const nodes = listing.body.data?.observations.nodes ?? [];
    expect(nodes.map((node) => node.status)).toEqual(['DRAFT', 'DRAFT', 'DRAFT', 'DRAFT']);
    const move = async (name: string, input: string, caller: Record<string, string>, items: { id: string; version: number }[]) => {
      const response = await app.graphql<Record<string, { observations: { id: string; version: number; status: string }[]; userErrors: unknown[] }>>(
        `mutation ($input: ${input}!) { ${name}(input: $input) { observations { id version status } userErrors { field message code } } }`, { input: { items } }, caller);
      const payload = response.body.data?.[name];
      expect(payload?.userErrors).toEqual([]);
      return (payload?.observations ?? []).map(({ id, version }) => ({ id, version }));
    };
    const submitted = await move('observationSubmit', 'ObservationSubmitInput', as.duyenHai, nodes.map(({ id, version }) => ({ id, version })));
    const approved = await move('observationApprove', 'ObservationApproveInput', as.traVinh, submitted);
    await move('observationPublish', 'ObservationPublishInput', as.traVinh, approved);

    const publicView = await app.graphql<{ observations: { nodes: { value: number; status: string }[] } }>(
      `query { observations(filter: { units: ["${UNIT}"], periods: ["${PERIOD}"], indicators: ["dropout_rate"] }) { nodes { value status } } }`);
    expect(publicView.body.data?.observations.nodes).toEqual([{ value: 0.4, status: 'PUBLISHED' }]);
  });

  test('importing the same file again changes nothing', async () => {
    const { bytes } = await fill(await downloadTemplate('mau_giao'), { enrolment_count: { G: 1800, J: 'Báo cáo đầu năm học' } }, 'Mẫu giáo');
    const first = await upload(bytes, 'mau-giao.xlsx');
    expect(first.body).toMatchObject({ applied: true, summary: { rows: 1, created: 1 } });
    const before = await storedState();
    const again = await upload(bytes, 'mau-giao.xlsx');
    expect(again.body).toMatchObject({ applied: true, summary: { rows: 1, created: 0, revised: 0, unchanged: 1, submitted: 0 } });
    const twice = await upload(bytes, 'mau-giao.xlsx');
    expect(twice.body.summary).toEqual(again.body.summary);
    expect(await storedState()).toEqual(before);
  });

  test('a file with one bad row among good ones writes nothing at all', async () => {
    const before = await storedState();
    const csv = [
      'Mã đơn vị,Kỳ báo cáo,Cấp học,Mã chỉ số,Giá trị,Tử số,Mẫu số',
      `${UNIT},${PERIOD},THCS,dropout_rate,"0,8",24,3000`,
      `${UNIT},${PERIOD},THCS,repetition_rate,"1,1",33,3000`,
      `${UNIT},${PERIOD},THCS,enrolment_count,"2.400,5",,`,
    ].join('\n');
    const result = await upload(Buffer.from(`\uFEFF${csv}`, 'utf8'), 'thcs.csv');
    expect(result.body.applied).toBe(false);
    expect(result.body.issues.filter((issue) => issue.severity === 'error').map(({ sheet, row, column, rule }) => ({ sheet, row, column, rule }))).toEqual([
      { sheet: 'thcs.csv', row: 4, column: 'E', rule: 'not_whole' },
    ]);
    expect(await storedState()).toEqual(before);
  });

  test('a district cannot import figures of another district, even through its own file', async () => {
    const csv = `Mã đơn vị,Kỳ báo cáo,Cấp học,Mã chỉ số,Giá trị\n848,${PERIOD},THCS,enrolment_count,2400\n`;
    const result = await upload(Buffer.from(csv, 'utf8'), 'cau-ngang.csv');
    expect(result.body.issues.map(({ row, column, rule }) => ({ row, column, rule }))).toEqual([{ row: 2, column: 'A', rule: 'forbidden_unit' }]);
  });

  test('an import racing another writer to enter the same new figure is refused whole', async () => {
    const writer = new pg.Client({ connectionString: app.orm.config.get('clientUrl') });
    await writer.connect();
    try {
      await writer.query('begin');
      await writer.query(`insert into observation (indicator_code, unit_id, province_id, level, period, value, status, revision, illustrative, source, version, created_at, updated_at)
        values ('teacher_per_class_ratio', $1, '84', 'thcs', $2, 1.9, 'draft', 1, false, 'another writer', 1, now(), now())`, [UNIT, PERIOD]);
      const csv = Buffer.from(`Mã đơn vị,Kỳ báo cáo,Cấp học,Mã chỉ số,Giá trị,Tử số,Mẫu số\n${UNIT},${PERIOD},THCS,teacher_per_class_ratio,2.1,,\n${UNIT},${PERIOD},THCS,pupils_per_class,31,,\n`, 'utf8');
      const racing = upload(csv, 'race.csv');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await writer.query('commit');
      const result = await racing;
      expect(result.body.applied).toBe(false);
      expect(result.body.issues.map((issue) => issue.rule)).toEqual(['concurrent_change']);
      const db = app.orm.em.fork().getKysely<unknown>();
      const { rows } = await sql<{ indicator_code: string; value: number }>`select indicator_code, value from observation where unit_id = ${UNIT} and period = ${PERIOD} and level = 'thcs' and indicator_code in ('teacher_per_class_ratio', 'pupils_per_class')`.execute(db);
      expect(rows).toEqual([{ indicator_code: 'teacher_per_class_ratio', value: 1.9 }]);
    } finally {
      await writer.end();
    }
  });

  test('imports a base64 CSV through GraphQL, with a dry run first', async () => {
    const csv = Buffer.from(`unit,period,level,indicator,value\n${UNIT},${PERIOD},THCS,enrolment_count,2400\n`, 'utf8').toString('base64');
    const query = `mutation ($input: ImportRunInput!) { importRun(input: $input) { dryRun applied summary { created unchanged } issues { rule } userErrors { code } } }`;
    const dry = await app.graphql<{ importRun: { applied: boolean; summary: { created: number } } }>(query, { input: { fileName: 'api.csv', contentBase64: csv, dryRun: true } }, as.duyenHai);
    expect(dry.body.data?.importRun).toMatchObject({ dryRun: true, applied: false, summary: { created: 1 } });
    const real = await app.graphql<{ importRun: { applied: boolean } }>(query, { input: { fileName: 'api.csv', contentBase64: csv } }, as.duyenHai);
    expect(real.body.data?.importRun).toMatchObject({ applied: true, summary: { created: 1 }, userErrors: [] });
    const anonymous = await app.graphql<{ importRun: { userErrors: { code: string }[] } }>(query, { input: { fileName: 'api.csv', contentBase64: csv } });
    expect(anonymous.body.data?.importRun.userErrors.map((error) => error.code)).toEqual(['FORBIDDEN']);
  });

  test('a template downloaded before a change is refused when it would overwrite it', async () => {
    const stale = await downloadTemplate('thcs');
    const db = app.orm.em.fork().getKysely<unknown>();
    await sql`update observation set value = 2500, version = version + 1 where unit_id = ${UNIT} and period = ${PERIOD} and indicator_code = 'enrolment_count' and level = 'thcs'`.execute(db);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(stale as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('THCS') as ExcelJS.Worksheet;
    let row = 0;
    sheet.eachRow((candidate, number) => {
      if (row === 0 && candidate.getCell(1).value === 'enrolment_count' && candidate.getCell(4).value === 'Tổng số') row = number;
    });
    sheet.getCell(`G${row}`).value = 2450;
    const result = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), 'stale.xlsx');
    expect(result.body.issues.map(({ row: at, column, rule }) => ({ row: at, column, rule }))).toEqual([{ row, column: 'M', rule: 'stale_version' }]);
  });

  test('a template marks a stored illustrative figure, and importing it unchanged changes nothing', async () => {
    const db = app.orm.em.fork().getKysely<unknown>();
    await sql`insert into observation (indicator_code, unit_id, province_id, level, period, value, status, revision, illustrative, source, version, created_at, updated_at)
      values ('enrolment_count', ${UNIT}, '84', 'nha_tre', ${PERIOD}, 640, 'draft', 1, true, 'Số liệu minh họa do máy sinh', 1, now(), now())`.execute(db);
    const template = await downloadTemplate('nha_tre');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Nhà trẻ') as ExcelJS.Worksheet;
    expect(String(sheet.getCell('A3').value)).toMatch(/^Số liệu minh họa: các giá trị đánh dấu là số liệu do máy sinh ra để trình diễn, không phải số liệu thật\..*Illustrative/);
    const marks: Record<string, unknown> = {};
    sheet.eachRow((row, number) => {
      if (number >= 6 && row.getCell(4).value === 'Tổng số') marks[String(row.getCell(1).value)] = row.getCell(14).value;
    });
    expect(Object.entries(marks).filter(([, mark]) => mark !== null)).toEqual([['enrolment_count', 'Số liệu minh họa / Illustrative']]);

    const before = await storedState();
    const again = await upload(template, 'nha-tre.xlsx');
    expect(again.body).toMatchObject({ applied: true, summary: { rows: 1, created: 0, revised: 0, unchanged: 1, submitted: 0 } });
    expect(again.body.issues).toEqual([]);
    expect(await storedState()).toEqual(before);
    const { rows } = await sql<{ illustrative: boolean }>`select illustrative from observation where unit_id = ${UNIT} and period = ${PERIOD} and level = 'nha_tre'`.execute(db);
    expect(rows).toEqual([{ illustrative: true }]);
  });

  test('refuses uploads without a token and templates for another district', async () => {
    const anonymous = await app.fetch('/import?fileName=x.csv', { method: 'POST', body: 'a,b' });
    expect(anonymous.status).toBe(401);
    const other = await app.fetch(`/import/template.xlsx?unit=848&period=${PERIOD}`, { headers: as.duyenHai });
    expect(other.status).toBe(403);
  });
});
