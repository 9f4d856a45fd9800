import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { getDistribution, getIndicator } from '../indicator/catalogue.js';
import { PLAN_003 } from './plan-003.js';
import { checkPlanDocument, checkPlanTargets, collapse } from './plan-checks.js';

const text = collapse(readFileSync(new URL('../../data/plans/003.txt', import.meta.url), 'utf8'));
const targets = PLAN_003.targets;
const byId = new Map(targets.map((t) => [t.id, t]));

describe('plan 003, Duyên Hải 2024-2025', () => {
  checkPlanDocument(PLAN_003, text, {
    header: {
      id: '003',
      number: null,
      issuedOn: null,
      title: 'Thực hiện nhiệm vụ và giải pháp năm học 2024-2025',
      issuer: 'Phòng Giáo dục và Đào tạo huyện Duyên Hải',
      unitCode: '850',
      period: '2024-2025',
      signer: { name: 'Đoàn Văn Dũng', title: 'Trưởng phòng' },
      theme: 'Kỷ cương trách nhiệm, đổi mới sáng tạo, nâng cao chất lượng giáo dục và đào tạo',
    },
    phrases: [
      ['title', PLAN_003.title],
      ['theme', `chủ đề năm học 2024 - 2025 là: “${PLAN_003.theme}”`],
      ['signer', `TRƯỞNG PHÒNG ${PLAN_003.signer?.name}`],
      ['issuer', 'Phòng Giáo dục và Đào tạo huyện Duyên Hải xây dựng kế hoạch'],
    ],
  });

  it('holds the ten task groups of section III in order', () => {
    expect(PLAN_003.taskGroups.map((g) => g.section)).toEqual(Array.from({ length: 10 }, (_, i) => `III.${i + 1}`));
  });

  test.each([
    [0, 'vào ngày 06/9/2024', { kind: 'date', date: '2024-09-06' }],
    [1, 'Báo cáo tháng: ngày 05 hàng tháng', { kind: 'monthly', day: 5, before: false }],
    [2, 'Báo cáo sơ kết học kỳ I: ngày 13/01/2025', { kind: 'date', date: '2025-01-13' }],
    [3, 'Báo cáo tổng kết năm học: trước ngày 10/6/2025', { kind: 'date', date: '2025-06-10', before: true }],
  ])('deadline %i, "%s", is due as written', (index, phrase, due) => {
    const deadline = PLAN_003.deadlines[index];
    expect(text).toContain(phrase);
    expect(text).toContain(deadline?.descriptionVi);
    expect(deadline?.due).toEqual(due);
    expect(deadline?.section).toBe('IV.3');
  });

  it('sets four reporting deadlines', () => {
    expect(PLAN_003.deadlines).toHaveLength(4);
  });
});

describe('plan 003 targets', () => {
  it('counts 102 targets, each with its own id', () => {
    expect(targets).toHaveLength(102);
    expect(byId.size).toBe(targets.length);
  });

  it('counts the targets of each section as the document states them', () => {
    const counts: Record<string, number> = {};
    for (const t of targets) counts[t.section] = (counts[t.section] ?? 0) + 1;
    expect(counts).toEqual({
      'II.1': 4,
      'II.2.a': 5,
      'II.2.b': 54,
      'II.2.c': 19,
      'II.3': 4,
      'II.4': 9,
      'II.5': 5,
      'III.5': 1,
      'III.6': 1,
    });
  });

  checkPlanTargets(PLAN_003, text);

  it('reads the yearly cuts in malnutrition as reductions in percentage points', () => {
    const cuts = targets.filter((t) => t.change !== undefined);
    expect(cuts.map((t) => [t.indicator, t.change, t.comparator, t.value, t.unit])).toEqual([
      ['underweight_reduction', 'decrease', 'gte', 0.3, 'percentage_points'],
      ['stunting_reduction', 'decrease', 'gte', 0.2, 'percentage_points'],
    ]);
  });

  it('sets every target for huyện Duyên Hải (850), the plan and the school year', () => {
    for (const t of targets) {
      expect(t).toMatchObject({ unitCode: '850', plan: '003', period: '2024-2025' });
    }
  });

  test.each([
    ['003-II.1-mobilisation_rate-nha_tre', 'gte', 6],
    ['003-II.1-mobilisation_rate-mau_giao', 'gte', 88],
    ['003-II.1-in_age_attendance_rate-thcs', 'gte', 98.6],
    ['003-II.2.a-underweight_reduction-mam_non', 'gte', 0.3],
    ['003-II.2.a-stunting_reduction-mam_non', 'gte', 0.2],
    ['003-II.2.b-dropout_rate-tieu_hoc', 'lt', 1],
    ['003-II.2.c-lower_secondary_graduation_rate-thcs', 'gt', 99],
    ['003-II.2.c-repetition_rate-thcs', 'lt', 1],
    ['003-II.2.c-dropout_rate-thcs', 'lt', 2],
    ['003-II.2.c-secondary_learning_fail_rate-thcs', 'lte', 5],
    ['003-II.2.c-secondary_conduct_good_rate-thcs', 'gte', 75],
    ['003-II.2.c-secondary_core_subject_pass_rate-thcs-grade6', 'gte', 90],
    ['003-II.2.c-secondary_other_scored_subject_pass_rate-thcs-grade6', 'gte', 95],
    ['003-II.2.c-provincial_gifted_award_count-thcs', 'gte', 20],
    ['003-II.3-pcgd_primary_level-tieu_hoc', 'gte', 3],
    ['003-II.3-literacy_level-all', 'gte', 2],
    ['003-II.4-accreditation_level2_school_share-mam_non', 'gte', 12.5],
    ['003-II.4-accreditation_level1_school_share-thcs', 'gte', 100],
    ['003-II.5-digital_governance_school_share-all', 'gt', 90],
    ['003-III.5-teaching_spending_share-all', 'gte', 20],
  ])('%s reads as %s %d', (id, comparator, value) => {
    expect(byId.get(id)).toMatchObject({ comparator, value });
  });

  it('reads "07/07 xã, thị trấn" as all seven communes', () => {
    expect(byId.get('003-II.3-pcgd_secondary_commune_count-all')).toMatchObject({ comparator: 'eq', value: 7, outOf: 7, unit: 'count' });
  });

  it('keeps the grade-6 variants apart from the other grades', () => {
    const grade6 = targets.filter((t) => t.disaggregation?.by === 'grade');
    expect(grade6.map((t) => [t.indicator, t.disaggregation])).toEqual([
      ['secondary_core_subject_pass_rate', { by: 'grade', value: 6 }],
      ['secondary_other_scored_subject_pass_rate', { by: 'grade', value: 6 }],
    ]);
  });

  it('holds the fifteen rows of the competency and quality table, three bands each, adding up to 100%', () => {
    const table = targets.filter((t) => /^primary_(competency|quality)_/.test(t.indicator));
    expect(table).toHaveLength(45);
    const rows = new Map<string, number>();
    for (const t of table) {
      const distribution = getIndicator(t.indicator).distribution ?? '';
      expect(getDistribution(distribution).bands).toContain(t.indicator);
      rows.set(distribution, (rows.get(distribution) ?? 0) + t.value);
    }
    expect(rows.size).toBe(15);
    for (const sum of rows.values()) expect(sum).toBe(100);
  });

  it('states the primary result bands that add up to 100%', () => {
    const bands = targets.filter((t) => getIndicator(t.indicator).distribution === 'primary_result');
    expect(bands.map((t) => [t.indicator, t.value])).toEqual([
      ['primary_result_excellent_rate', 20],
      ['primary_result_good_rate', 30],
      ['primary_result_completed_rate', 50],
    ]);
  });
});
