import { readFileSync } from 'node:fs';
import { describe, expect, it, test } from 'vitest';
import { getIndicator } from '../indicator/catalogue.js';
import { parseTargetPhrase } from '../target/parse-target.js';
import { PLAN_004 } from './plan-004.js';

const text = readFileSync(new URL('../../data/plans/004.txt', import.meta.url), 'utf8').replace(/\s+/g, ' ');
const targets = PLAN_004.targets.map((target) => [target.id, target] as const);

describe('plan 004, Củ Chi 2023-2024', () => {
  it('records the document as it presents itself', () => {
    expect(PLAN_004).toMatchObject({
      id: '004',
      number: null,
      issuedOn: '2023-09-19',
      issuer: 'Ủy ban nhân dân huyện Củ Chi',
      unitCode: '783',
      period: '2023-2024',
      signer: { name: 'Nguyễn Thị Hằng', title: 'KT. Chủ tịch' },
    });
  });

  test.each([
    ['title', PLAN_004.title],
    ['theme', PLAN_004.theme],
    ['signer', PLAN_004.signer?.name],
  ])('its %s occurs in the plan text', (_field, value) => {
    expect(text).toContain(value);
  });

  it('holds the thirteen task groups of section II in order', () => {
    expect(PLAN_004.taskGroups.map((group) => group.section)).toEqual([
      'II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6', 'II.7', 'II.8', 'II.9', 'II.10', 'II.11', 'II.12', 'II.13',
    ]);
  });

  test.each(PLAN_004.taskGroups.map((group) => [group.section, group.titleVi]))(
    'task group %s is headed as in the plan text',
    (section, title) => {
      expect(text).toContain(`${section.replace(/^[IVX]+\./, '')}. ${title}`);
    },
  );

  it('sets the plan report before 20/9/2023, the mid-year review before 10/01/2024 and the year-end review before 10/6/2024', () => {
    expect(PLAN_004.deadlines.map(({ section, due }) => ({ section, due }))).toEqual([
      { section: 'III.4', due: { kind: 'date', date: '2023-09-20', before: true } },
      { section: 'III.4', due: { kind: 'date', date: '2024-01-10', before: true } },
      { section: 'III.4', due: { kind: 'date', date: '2024-06-10', before: true } },
    ]);
  });

  test.each(PLAN_004.deadlines.map((deadline) => [deadline.due, deadline.descriptionVi]))(
    'the deadline %j is described in the words of the plan',
    (_due, description) => {
      expect(text).toContain(description);
    },
  );

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

  it('gives every target its own id', () => {
    const ids = PLAN_004.targets.map((target) => target.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(targets)('%s cites plan 004 for Củ Chi', (_id, target) => {
    expect(target).toMatchObject({ plan: '004', unitCode: '783' });
  });

  it('sets the digital-system target for the school year that holds 30/4/2025 and the others for 2023-2024', () => {
    expect(PLAN_004.targets.map((target) => target.period)).toEqual(['2023-2024', '2024-2025', '2023-2024']);
  });

  test.each(targets)('%s quotes the plan text verbatim', (_id, target) => {
    expect(text).toContain(target.quote);
    expect(target.quote).toContain(target.wording);
  });

  test.each(targets)('%s uses a catalogue indicator that applies to its level', (_id, target) => {
    expect(getIndicator(target.indicator).levels).toContain(target.level);
  });

  test.each(targets)('%s reads its wording as the target parser does', (_id, target) => {
    const { direction, unit } = getIndicator(target.indicator);
    const { comparator, value, valueMax, outOf, change } = target;
    expect(parseTargetPhrase(target.wording, { direction, unit })).toEqual({
      ok: true,
      target: { comparator, value, valueMax, unit: target.unit, outOf, change },
    });
  });

  test.each(targets)('%s states its value in the unit of its indicator', (_id, target) => {
    expect(target.unit).toBe(getIndicator(target.indicator).unit);
  });
});
