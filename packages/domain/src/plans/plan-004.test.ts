import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { PLAN_004 } from './plan-004.js';
import { checkPlanDocument, checkPlanTargets, collapse } from './plan-checks.js';

const text = collapse(readFileSync(new URL('../../data/plans/004.txt', import.meta.url), 'utf8'));

describe('plan 004, Củ Chi 2023-2024', () => {
  checkPlanDocument(PLAN_004, text, {
    header: {
      id: '004',
      number: null,
      issuedOn: '2023-09-19',
      issuer: 'Ủy ban nhân dân huyện Củ Chi',
      unitCode: '783',
      period: '2023-2024',
      signer: { name: 'Nguyễn Thị Hằng', title: 'KT. Chủ tịch' },
    },
    phrases: [
      ['title', PLAN_004.title],
      ['theme', PLAN_004.theme],
      ['signer', PLAN_004.signer?.name],
    ],
  });

  it('holds the thirteen task groups of section II in order', () => {
    expect(PLAN_004.taskGroups.map((group) => group.section)).toEqual([
      'II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6', 'II.7', 'II.8', 'II.9', 'II.10', 'II.11', 'II.12', 'II.13',
    ]);
  });

  it('sets the plan report before 20/9/2023, the mid-year review before 10/01/2024 and the year-end review before 10/6/2024', () => {
    expect(PLAN_004.deadlines.map(({ section, due }) => ({ section, due }))).toEqual([
      { section: 'III.4', due: { kind: 'date', date: '2023-09-20', before: true } },
      { section: 'III.4', due: { kind: 'date', date: '2024-01-10', before: true } },
      { section: 'III.4', due: { kind: 'date', date: '2024-06-10', before: true } },
    ]);
  });

  it('is dated 19 September 2023 in its header', () => {
    expect(text).toContain('Củ Chi, ngày 19 tháng 9 năm 2023');
  });

  it('holds the two schools of the integrated programme and the 100% targets on digital education systems and on pupils from families in hardship', () => {
    expect(PLAN_004.targets.map((target) => target.id)).toEqual([
      '004-II.9-integrated_programme_school_count-all',
      '004-II.12-digital_education_system_school_share-all',
      '004-III.2-disadvantaged_pupils_schooling_rate-all',
    ]);
  });

  it('counts 3 targets', () => {
    expect(PLAN_004.targets).toHaveLength(3);
  });

  test.each([
    ['004-II.9-integrated_programme_school_count-all', 'tại 02 trường', 'gte', 2],
    ['004-II.12-digital_education_system_school_share-all', '100% cơ sở giáo dục phổ thông', 'gte', 100],
    ['004-III.2-disadvantaged_pupils_schooling_rate-all', '100% học sinh', 'gte', 100],
  ])('%s is "%s", read as %s %d', (id, wording, comparator, value) => {
    expect(PLAN_004.targets.find((target) => target.id === id)).toMatchObject({ wording, comparator, value });
  });

  it('sets the digital-system target for the school year that holds 30/4/2025 and the others for 2023-2024', () => {
    expect(PLAN_004.targets.map((target) => target.period)).toEqual(['2023-2024', '2024-2025', '2023-2024']);
  });

  checkPlanTargets(PLAN_004, text);
});
