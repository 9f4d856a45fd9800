import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createLogger } from '../logger.js';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { UsageError, type Command } from './cli-command.js';
import { exportCommand } from './export-command.js';
import { importCommand } from './import-command.js';
import { releaseCommand } from './release-command.js';
import { templateCommand } from './template-command.js';
import { tokenCommand } from './token-command.js';

let app: TestApp;
let dir: string;

beforeAll(async () => {
  app = await createTestApp();
  dir = await mkdtemp(join(tmpdir(), 'edu-vn-cli-'));
  await sql`delete from observation where unit_id = '848' and period = '2023'`.execute(app.orm.em.fork().getKysely<unknown>());
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await app.close();
});

async function run(command: Command, args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await command.run({ args, orm: app.orm, logger: createLogger('silent'), out: (line) => lines.push(line) });
  return { code, lines };
}

describe('the command line', () => {
  test('creates a token that the API accepts, lists it without its secret, and revokes it', async () => {
    const created = await run(tokenCommand, ['create', '--account', 'phong.caungang', '--role', 'district_officer', '--unit', '848', '--expires', '30d']);
    expect(created.code).toBe(0);
    const token = created.lines[0]?.split('\n')[1] as string;
    expect(token).toMatch(/^evn_/);
    const id = /^id (\d+)/.exec(created.lines[1] ?? '')?.[1] as string;
    const ok = await app.graphql('{ observationChanges(first: 1) { totalCount } }', {}, { authorization: `Bearer ${token}` });
    expect(ok.status).toBe(200);
    const listed = await run(tokenCommand, ['list']);
    expect(listed.lines.join('\n')).toContain('phong.caungang');
    expect(listed.lines.join('\n')).not.toContain(token);
    expect((await run(tokenCommand, ['revoke', id])).code).toBe(0);
    expect((await app.graphql('{ observationChanges(first: 1) { totalCount } }', {}, { authorization: `Bearer ${token}` })).status).toBe(401);
  });

  test('refuses a token for a role without its unit', async () => {
    await expect(run(tokenCommand, ['create', '--account', 'phong.x', '--role', 'district_officer'])).rejects.toThrow(UsageError);
  });

  test('writes a template, imports it filled in as the district, and exports the province', async () => {
    const path = join(dir, 'cau-ngang.xlsx');
    expect((await run(templateCommand, ['--unit', '848', '--period', '2023', '--level', 'thcs', '--out', path])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await readFile(path) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('THCS') as ExcelJS.Worksheet;
    sheet.eachRow((row) => {
      if (row.getCell(1).value === 'dropout_rate' && row.getCell(4).value === 'Tổng số') row.getCell(7).value = 0.7;
    });
    await workbook.xlsx.writeFile(path);

    const dry = await run(importCommand, [path, '--account', 'phong.caungang', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.lines.at(-1)).toBe('Chạy thử: chưa ghi gì / Dry run: nothing written.');
    const real = await run(importCommand, [path, '--account', 'phong.caungang']);
    expect(real.lines.at(-2)).toBe('1 dòng / rows: 1 mới / new, 0 điều chỉnh / revised, 0 giữ nguyên / unchanged, 0 gửi duyệt / submitted');
    expect(real.code).toBe(0);
    const again = await run(importCommand, [path, '--account', 'phong.caungang']);
    expect(again.lines.at(-2)).toBe('1 dòng / rows: 0 mới / new, 0 điều chỉnh / revised, 1 giữ nguyên / unchanged, 0 gửi duyệt / submitted');

    const out = join(dir, 'tra-vinh.csv');
    expect((await run(exportCommand, ['--province', '84', '--period', '2023', '--out', out])).code).toBe(0);
    const csv = await readFile(out, 'utf8');
    expect(csv.startsWith('\uFEFFMã đơn vị,')).toBe(true);
    expect(csv).toContain('848,Huyện Cầu Ngang,2023,Trung học cơ sở,dropout_rate,');
  });

  test('an import as one district of another district’s file writes nothing and exits 1', async () => {
    await run(tokenCommand, ['create', '--account', 'phong.duyenhai', '--role', 'district_officer', '--unit', '850']);
    const path = join(dir, 'wrong.csv');
    await writeFile(path, 'Mã đơn vị,Kỳ báo cáo,Cấp học,Mã chỉ số,Giá trị\n848,2023,THCS,repetition_rate,1\n');
    const result = await run(importCommand, [path, '--account', 'phong.duyenhai']);
    expect(result.code).toBe(1);
    expect(result.lines[0]).toContain('[forbidden_unit]');
  });

  test('publishes nothing when nothing is due', async () => {
    expect((await run(releaseCommand, [])).lines).toEqual(['Đã công bố / Published: 0']);
  });
});
