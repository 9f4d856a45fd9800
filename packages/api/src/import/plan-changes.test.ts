import { findIndicator, type Indicator, type ObservationStatus } from '@edu-vn/domain';
import { describe, expect, test } from 'vitest';
import { ANONYMOUS, type Principal, type UnitRef } from '../auth/principal.js';
import { entryKey, type FigureEntry } from './figure-entry.js';
import { planChanges, type StoredFigure } from './plan-changes.js';

const DROPOUT = findIndicator('dropout_rate') as Indicator;
const UNITS: Record<string, UnitRef> = {
  '850': { id: '850', kind: 'district', provinceId: '84' },
  '851': { id: '851', kind: 'district', provinceId: '84' },
};
const OFFICER: Principal = { kind: 'account', accountId: 1, name: 'tra-cu', role: 'district_officer', unit: UNITS['850'] ?? null, tokenId: 1 };
const PROVINCE: Principal = { kind: 'account', accountId: 2, name: 'so-tra-vinh', role: 'province_officer', unit: { id: '84', kind: 'province', provinceId: '84' }, tokenId: 2 };

function entry(value: number, extra: Partial<FigureEntry> = {}): FigureEntry {
  return {
    location: { sheet: 'Tiểu học', kind: 'sheet', row: 9, column: null },
    columns: { unit: 'A', value: 'G', status: 'K', reason: 'L' },
    unitId: '850',
    period: '2024-2025',
    level: 'tieu_hoc',
    indicator: DROPOUT,
    disaggregation: null,
    value,
    numerator: null,
    denominator: null,
    source: null,
    submit: false,
    reason: null,
    version: null,
    ...extra,
  };
}

function stored(value: number, status: ObservationStatus, revision = 1): StoredFigure {
  const base = { indicator: 'dropout_rate', unitCode: '850', level: 'tieu_hoc' as const, period: '2024-2025', source: 'Báo cáo', illustrative: false };
  const history = Array.from({ length: revision }, (_, index) => ({ ...base, value, status, revision: index + 1, reason: index === 0 ? null : 'sửa' }));
  return { id: 7, version: 3, status, value, numerator: null, denominator: null, source: 'Báo cáo', revision, history };
}

function plan(entries: FigureEntry[], current: Map<string, StoredFigure> = new Map(), principal: Principal = OFFICER) {
  return planChanges(entries, { principal, fileName: 'tra-cu.xlsx', unitOf: (id) => UNITS[id], storedOf: (key) => current.get(key) });
}

describe('planChanges', () => {
  test('creates a figure that does not exist yet, sourced to the file', () => {
    const { changes, issues } = plan([entry(0.4)]);
    expect(issues).toEqual([]);
    expect(changes.map(({ action, revision, source, submit }) => ({ action, revision, source, submit }))).toEqual([
      { action: 'create', revision: 1, source: 'Nhập từ tệp «tra-cu.xlsx» / Imported from "tra-cu.xlsx"', submit: false },
    ]);
  });

  test('leaves an unchanged figure alone, so a second import of the same file changes nothing', () => {
    const { changes } = plan([entry(0.4)], new Map([[entryKey(entry(0.4)), stored(0.4, 'draft')]]));
    expect(changes.map(({ action, submit }) => ({ action, submit }))).toEqual([{ action: 'none', submit: false }]);
  });

  test('submits an unchanged draft when the row asks for it, and not a figure already submitted', () => {
    const asked = entry(0.4, { submit: true });
    expect(plan([asked], new Map([[entryKey(asked), stored(0.4, 'draft')]])).changes[0]).toMatchObject({ action: 'none', submit: true });
    expect(plan([asked], new Map([[entryKey(asked), stored(0.4, 'submitted')]])).changes[0]).toMatchObject({ action: 'none', submit: false });
  });

  test('revises a changed draft with a reason naming the file', () => {
    const { changes } = plan([entry(0.5)], new Map([[entryKey(entry(0.5)), stored(0.4, 'draft')]]));
    expect(changes[0]).toMatchObject({ action: 'revise', revision: 2, reason: 'Nhập lại từ tệp «tra-cu.xlsx» / Re-imported from "tra-cu.xlsx"' });
  });

  test('refuses to correct an approved figure without a reason, pointing at the reason cell', () => {
    const { changes, issues } = plan([entry(0.5)], new Map([[entryKey(entry(0.5)), stored(0.4, 'approved')]]));
    expect(changes).toEqual([]);
    expect(issues.map((issue) => [issue.row, issue.column, issue.code])).toEqual([[9, 'L', 'reason_required']]);
  });

  test('corrects a published figure as a new revision with the reason given', () => {
    const { changes, issues } = plan([entry(0.5, { reason: 'Sai sót khi tổng hợp' })], new Map([[entryKey(entry(0.5)), stored(0.4, 'published', 2)]]));
    expect(issues).toEqual([]);
    expect(changes[0]).toMatchObject({ action: 'revise', revision: 3, reason: 'Sai sót khi tổng hợp' });
  });

  test.each([
    ['another district', OFFICER, { unitId: '851' }, 'A', 'forbidden_unit'],
    ['an unknown unit', OFFICER, { unitId: '999' }, 'A', 'unknown_unit'],
    ['a province officer', PROVINCE, {}, 'A', 'forbidden_unit'],
    ['an anonymous caller', ANONYMOUS, {}, 'A', 'forbidden_unit'],
  ] as const)('refuses figures for %s', (_case, principal, extra, column, code) => {
    const { changes, issues } = plan([entry(0.4, extra)], new Map(), principal);
    expect(changes).toEqual([]);
    expect(issues.map((issue) => [issue.column, issue.code])).toEqual([[column, code]]);
  });
});

describe('planChanges and versions', () => {
  test('refuses a change made on a stale copy of the figure', () => {
    const { changes, issues } = plan([entry(0.5, { version: 2, columns: { value: 'G', version: 'M' } })], new Map([[entryKey(entry(0.5)), stored(0.4, 'draft')]]));
    expect(changes).toEqual([]);
    expect(issues.map((issue) => [issue.column, issue.code])).toEqual([['M', 'stale_version']]);
  });

  test('accepts a change made on the current version', () => {
    const { changes } = plan([entry(0.5, { version: 3 })], new Map([[entryKey(entry(0.5)), stored(0.4, 'draft')]]));
    expect(changes[0]).toMatchObject({ action: 'revise', revision: 2 });
  });

  test('ignores the version of a figure the file does not change', () => {
    const { changes, issues } = plan([entry(0.4, { version: 1 })], new Map([[entryKey(entry(0.4)), stored(0.4, 'draft')]]));
    expect(issues).toEqual([]);
    expect(changes[0]).toMatchObject({ action: 'none' });
  });

  test('needs the version to change a stored figure through the API', () => {
    const { issues } = planChanges([entry(0.5)], {
      principal: OFFICER,
      fileName: 'api',
      unitOf: (id) => UNITS[id],
      storedOf: () => stored(0.4, 'draft'),
      requireVersion: true,
    });
    expect(issues.map((issue) => issue.code)).toEqual(['version_required']);
  });
});
