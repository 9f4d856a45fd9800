import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLAN_002 } from './plan-002.js';
import { checkPlanDocument, checkPlanTargets, collapse } from './plan-checks.js';

const text = collapse(readFileSync(new URL('../../data/plans/002.txt', import.meta.url), 'utf8'));

describe('plan 002, Cẩm Giàng 2023', () => {
  checkPlanDocument(PLAN_002, text, {
    header: {
      id: '002',
      number: null,
      issuedOn: null,
      issuer: 'Ủy ban nhân dân huyện Cẩm Giàng',
      unitCode: '295',
      period: '2023',
      theme: null,
      signer: { name: 'Nguyễn Văn Công', title: 'KT. Chủ tịch, Phó Chủ tịch' },
    },
    phrases: [
      ['title', `KẾ HOẠCH ${PLAN_002.title}`],
      ['signer', `KT. CHỦ TỊCH PHÓ CHỦ TỊCH ${PLAN_002.signer?.name}`],
      ['district', 'huyện Cẩm Giàng'],
    ],
  });

  it('holds the five contents of section II and the five task groups of section III in order', () => {
    expect(PLAN_002.taskGroups.map((g) => g.section)).toEqual(['II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'III.1', 'III.2', 'III.3', 'III.4', 'III.5']);
  });

  it('sets the dated deadlines of 20/9/2023 and 30/9/2023 and the yearly ones', () => {
    expect(PLAN_002.deadlines.map((d) => [d.section, d.due])).toEqual([
      ['IV.1.1', { kind: 'date', date: '2023-09-20', before: true }],
      ['IV.1.3', { kind: 'yearly_event', eventVi: 'ngày khai giảng', eventEn: 'the opening of the school year', before: true }],
      ['IV.1.3', { kind: 'yearly_event', eventVi: 'cuối năm học', eventEn: 'the end of the school year', before: false }],
      ['IV.2', { kind: 'yearly', month: 12, before: true }],
      ['IV.2', { kind: 'yearly_event', eventVi: 'ngày khai giảng', eventEn: 'the opening of the school year', before: true }],
      ['IV.3', { kind: 'yearly', month: 11, before: false }],
      ['IV.9', { kind: 'date', date: '2023-09-20', before: true }],
      ['IV.10', { kind: 'date', date: '2023-09-30', before: true }],
    ]);
    expect(text).toContain('trước ngày 20/9/2023');
    expect(text).toContain('trước ngày 30/9/2023');
  });
});

describe('plan 002 targets', () => {
  it('holds one target: at least 19% of recurring spending on teaching and learning', () => {
    expect(PLAN_002.targets).toHaveLength(1);
    expect(PLAN_002.targets[0]).toMatchObject({
      id: '002-IV.3-teaching_spending_share-all',
      indicator: 'teaching_spending_share',
      level: 'all',
      unitCode: '295',
      plan: '002',
      period: '2023',
      section: 'IV.3',
      wording: 'tối thiểu 19%',
      comparator: 'gte',
      value: 19,
      unit: 'percent',
    });
  });

  checkPlanTargets(PLAN_002, text);
});
