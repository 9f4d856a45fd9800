import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestTokens, type TestAccountName } from '../auth/test-accounts.js';
import { createTestApp, type TestApp } from '../test/test-app.js';

let app: TestApp;
let as: Record<TestAccountName, Record<string, string>>;

beforeAll(async () => {
  app = await createTestApp();
  as = await createTestTokens(app.orm);
});
afterAll(() => app.close());

const MALFORMED = ['abc', '2024-2026'];

describe('a malformed period', () => {
  test.each(MALFORMED)('"%s" in an imported file is a cell issue naming the row and the period column', async (period) => {
    const csv = `Mã đơn vị,Kỳ báo cáo,Cấp học,Mã chỉ số,Giá trị\n850,${period},THCS,enrolment_count,2400\n`;
    for (const dryRun of [true, false]) {
      const response = await app.fetch(`/import?fileName=ky.csv&dryRun=${dryRun}`, { method: 'POST', headers: { ...as.duyenHai, 'content-type': 'application/octet-stream' }, body: Buffer.from(csv, 'utf8') });
      expect(response.status).toBe(dryRun ? 200 : 422);
      const body = (await response.json()) as { applied: boolean; issues: { row: number; column: string; rule: string; messageVi: string; messageEn: string }[] };
      expect(body.applied).toBe(false);
      expect(body.issues.map(({ row, column, rule }) => ({ row, column, rule }))).toEqual([{ row: 2, column: 'B', rule: 'invalid_period_key' }]);
      expect(body.issues[0]?.messageVi).toMatch(new RegExp(`dòng 2, cột B: .*«${period}»`));
      expect(body.issues[0]?.messageEn).toMatch(new RegExp(`row 2, column B: .*"${period}"`));
    }
  });

  test.each(MALFORMED)('"%s" saved through the API is a user error on the figure\'s period', async (period) => {
    const figures = [
      { unit: '850', indicator: 'enrolment_count', level: 'THCS', period: '2024-2025', value: 2400 },
      { unit: '850', indicator: 'dropout_rate', level: 'THCS', period, value: 0.5 },
    ];
    const response = await app.graphql<{ observationSave: { observations: unknown[]; userErrors: { field: string[]; message: string; code: string; rule: string }[] } }>(
      'mutation ($input: ObservationSaveInput!) { observationSave(input: $input) { observations { id } userErrors { field message code rule } } }', { input: { figures } }, as.duyenHai);
    expect(response.body.errors).toBeUndefined();
    const payload = response.body.data?.observationSave;
    expect(payload?.observations).toEqual([]);
    expect(payload?.userErrors.map(({ field, code, rule }) => ({ field, code, rule }))).toEqual([{ field: ['figures', '1', 'period'], code: 'BAD_USER_INPUT', rule: 'invalid_period_key' }]);
    expect(payload?.userErrors[0]?.message).toMatch(new RegExp(`^Số liệu thứ 2: .*«${period}».* / Figure 2: .*"${period}"`));
  });
});
