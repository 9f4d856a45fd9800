import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { PLAN_000 } from './plan-000.js';
import { checkPlanDocument, checkPlanTargets, collapse } from './plan-checks.js';

const text = collapse(readFileSync(new URL('../../data/plans/000.txt', import.meta.url), 'utf8'));
/** Headings are kept without the PDF's line break inside a year range ("2021-\n2030"). */
const headings = text.replace(/(\d)- (\d)/g, '$1-$2');
/** II.3.1 (chỉ tiêu phấn đấu năm 2023) and III.5 are for the calendar year; II.3.2 quotes the plan for the school year 2022-2023. */
const PERIOD_OF_SECTION: Record<string, string> = { 'II.3.1': '2023', 'II.3.2': '2022-2023', 'III.5': '2023' };

describe('plan 000, Cầu Ngang 2023', () => {
  checkPlanDocument(PLAN_000, text, {
    header: {
      id: '000',
      number: null,
      issuedOn: null,
      issuer: 'Phòng Giáo dục và Đào tạo huyện Cầu Ngang',
      unitCode: '848',
      period: '2023',
      signer: { name: 'Lâm Hữu Thuyết', title: 'Trưởng phòng' },
    },
    phrases: [
      ['title', PLAN_000.title],
      ['theme', PLAN_000.theme],
      ['signer', PLAN_000.signer?.name],
    ],
    headings,
  });

  it('holds the task groups of sections II and III in order', () => {
    expect(PLAN_000.taskGroups.map((group) => group.section)).toEqual([
      'II.1', 'II.2', 'II.3.3', 'III.1', 'III.2', 'III.3', 'III.4', 'III.5',
    ]);
  });

  it('sets the monthly report before the 14th and the annual review before 05/11/2023', () => {
    expect(PLAN_000.deadlines.map(({ section, due }) => ({ section, due }))).toEqual([
      { section: 'IV.3', due: { kind: 'monthly', day: 14, before: true } },
      { section: 'IV.4', due: { kind: 'date', date: '2023-11-05', before: true } },
    ]);
  });

  /** "Duy trì … phổ cập giáo dục mầm non trẻ 5 tuổi" keeps a standard that has no figure, so it is no target. */
  it('holds every quantitative target of sections II.3.1, II.3.2 and III.5', () => {
    expect(PLAN_000.targets.map((target) => target.id)).toEqual([
      '000-II.3.1-enrolment_count-all',
      '000-II.3.1-enrolment_count-mau_giao',
      '000-II.3.1-enrolment_count-tieu_hoc',
      '000-II.3.1-enrolment_count-thcs',
      '000-II.3.1-in_age_attendance_rate-mau_giao',
      '000-II.3.1-in_age_attendance_rate-tieu_hoc',
      '000-II.3.1-in_age_attendance_rate-thcs',
      '000-II.3.2-mobilisation_rate-nha_tre',
      '000-II.3.2-mobilisation_rate-mau_giao',
      '000-II.3.2-mobilisation_rate_age5-mau_giao',
      '000-II.3.2-primary_completion_rate-tieu_hoc',
      '000-II.3.2-lower_secondary_graduation_rate-thcs',
      '000-II.3.2-staff_qualification_rate-mam_non',
      '000-II.3.2-staff_qualification_rate-tieu_hoc',
      '000-II.3.2-staff_qualification_rate-thcs',
      '000-II.3.2-pcgd_primary_level-tieu_hoc',
      '000-II.3.2-literacy_level-all',
      '000-II.3.2-pcgd_lower_secondary_level-thcs',
      '000-II.3.2-pcgd_preschool_age3_4_pilot_commune_count-mau_giao',
      '000-II.3.2-accreditation_level2_school_count-mam_non',
      '000-II.3.2-national_standard_level1_school_count-mam_non',
      '000-II.3.2-accreditation_level2_school_count-tieu_hoc',
      '000-II.3.2-national_standard_level1_school_count-tieu_hoc',
      '000-II.3.2-accreditation_level2_school_count-thcs',
      '000-II.3.2-national_standard_level1_school_count-thcs',
      '000-III.5-online_processing_unit_share-all',
    ]);
  });

  it('counts 26 targets', () => {
    expect(PLAN_000.targets).toHaveLength(26);
  });

  test.each([
    ['000-II.3.1-enrolment_count-all', '23.800', 'eq', 23800],
    ['000-II.3.1-enrolment_count-mau_giao', '5000 trẻ', 'eq', 5000],
    ['000-II.3.1-enrolment_count-tieu_hoc', '11.500 học sinh', 'eq', 11500],
    ['000-II.3.1-enrolment_count-thcs', '7.300 học sinh', 'eq', 7300],
    ['000-II.3.1-in_age_attendance_rate-mau_giao', '85%', 'gte', 85],
    ['000-II.3.1-in_age_attendance_rate-tieu_hoc', '100%', 'gte', 100],
    ['000-II.3.1-in_age_attendance_rate-thcs', '99%', 'gte', 99],
    ['000-II.3.2-mobilisation_rate-nha_tre', 'trên 06%', 'gt', 6],
    ['000-II.3.2-mobilisation_rate-mau_giao', '85%', 'gte', 85],
    ['000-II.3.2-mobilisation_rate_age5-mau_giao', 'trên 99%', 'gt', 99],
    ['000-II.3.2-primary_completion_rate-tieu_hoc', 'trên 98%', 'gt', 98],
    ['000-II.3.2-lower_secondary_graduation_rate-thcs', 'trên 99,5%', 'gt', 99.5],
    ['000-II.3.2-staff_qualification_rate-mam_non', '98%', 'gte', 98],
    ['000-II.3.2-staff_qualification_rate-tieu_hoc', '85%', 'gte', 85],
    ['000-II.3.2-staff_qualification_rate-thcs', '95%', 'gte', 95],
    ['000-II.3.2-pcgd_primary_level-tieu_hoc', 'mức độ 3', 'gte', 3],
    ['000-II.3.2-literacy_level-all', 'mức 2', 'gte', 2],
    ['000-II.3.2-pcgd_lower_secondary_level-thcs', 'mức độ 3', 'gte', 3],
    ['000-II.3.2-pcgd_preschool_age3_4_pilot_commune_count-mau_giao', 'từ 01-02 xã', 'between', 1],
    ['000-II.3.2-accreditation_level2_school_count-thcs', 'ít nhất 02 trường', 'gte', 2],
    ['000-II.3.2-national_standard_level1_school_count-mam_non', 'ít nhất 02 trường', 'gte', 2],
    ['000-III.5-online_processing_unit_share-all', '100% đơn vị', 'gte', 100],
  ])('%s is "%s", read as %s %d', (id, wording, comparator, value) => {
    expect(PLAN_000.targets.find((target) => target.id === id)).toMatchObject({ wording, comparator, value });
  });

  it('reads "từ 01-02 xã" as one or two communes, bounds included', () => {
    expect(PLAN_000.targets.find((target) => target.id === '000-II.3.2-pcgd_preschool_age3_4_pilot_commune_count-mau_giao')).toMatchObject({
      comparator: 'between',
      value: 1,
      valueMax: 2,
      unit: 'count',
    });
  });

  test.each(PLAN_000.targets.map((target) => [target.id, target] as const))('%s is set for the period its section names', (_id, target) => {
    expect(target.period).toBe(PERIOD_OF_SECTION[target.section]);
  });

  checkPlanTargets(PLAN_000, text);
});
