import { evaluateAttainment, formatNumber, getIndicator, INDICATORS, PLANS, type Target } from '@edu-vn/domain';
import { describe, expect, it, test } from 'vitest';
import { demoExplanations, demoObservations } from './demo-observations.domain.js';
import { EXPLAINED_PLANS, EXPLANATIONS_PER_PLAN, generateDemoExplanations, ILLUSTRATIVE_PREFIX } from './demo-observations.explanations.js';

const observations = demoObservations();
const explanations = demoExplanations(observations);
const targets = new Map<string, Target>(PLANS.flatMap((plan) => plan.targets).map((target) => [target.id, target]));
const figureOf = (target: Target) =>
  observations.find((row) => row.unitId === target.unitCode && row.indicator === target.indicator && row.level === target.level && row.period === target.period && row.disaggregation === undefined);

/** The explanation the generator writes when only the given target is missed. */
function explainOnly(targetId: string) {
  return generateDemoExplanations({
    plans: PLANS,
    indicators: INDICATORS,
    observations,
    misses: (target) => target.id === targetId,
    formatNumber: (value, lang) => formatNumber(value, lang),
  });
}

describe('demoExplanations', () => {
  it('explains a few targets of each of plans 000 and 003 and of no other plan', () => {
    const perPlan = EXPLAINED_PLANS.map((plan) => explanations.filter((explanation) => targets.get(explanation.targetId)?.plan === plan).length);
    expect(perPlan.every((count) => count >= 3 && count <= EXPLANATIONS_PER_PLAN)).toBe(true);
    expect(explanations.length).toBe(perPlan.reduce((sum, count) => sum + count, 0));
  });

  it('explains only targets that their published figure misses, by the domain rule', () => {
    const verdicts = explanations.map((explanation) => {
      const target = targets.get(explanation.targetId) as Target;
      const figure = figureOf(target);
      return { target: target.id, status: figure?.status, attainment: evaluateAttainment(target, figure, getIndicator(target.indicator)).status };
    });
    expect(verdicts).toEqual(explanations.map((explanation) => ({ target: explanation.targetId, status: 'published', attainment: 'not_met' })));
  });

  it('flags every explanation illustrative and starts every text with the illustrative words', () => {
    for (const explanation of explanations) {
      expect(explanation.illustrative).toBe(true);
      expect(explanation.recordedBy).toContain('minh họa');
      expect(explanation.cause.startsWith(`${ILLUSTRATIVE_PREFIX.vi} `)).toBe(true);
      expect(explanation.remedy.startsWith(`${ILLUSTRATIVE_PREFIX.vi} `)).toBe(true);
      expect(explanation.causeEn.startsWith(`${ILLUSTRATIVE_PREFIX.en} `)).toBe(true);
      expect(explanation.remedyEn.startsWith(`${ILLUSTRATIVE_PREFIX.en} `)).toBe(true);
    }
  });

  it('quotes the target in its own words and gives one explanation per theme within a plan', () => {
    for (const explanation of explanations) expect(explanation.cause).toContain(`«${targets.get(explanation.targetId)?.wording}»`);
    const themes = explanations.map((explanation) => {
      const target = targets.get(explanation.targetId) as Target;
      return `${target.plan}|${getIndicator(target.indicator).theme}`;
    });
    expect(new Set(themes).size).toBe(themes.length);
  });

  it('records each explanation after the figure it explains', () => {
    for (const explanation of explanations) {
      const figure = figureOf(targets.get(explanation.targetId) as Target);
      expect(Date.parse(explanation.recordedAt)).toBeGreaterThan(Date.parse(figure?.revisions.at(-1)?.recordedAt ?? ''));
    }
  });

  it('generates the same explanations from the same figures', () => {
    expect(demoExplanations(demoObservations())).toEqual(explanations);
  });

  it('never explains a middle band of a distribution, which is not assessed on its own', () => {
    const middleBands = explanations.filter((explanation) => {
      const indicator = getIndicator((targets.get(explanation.targetId) as Target).indicator);
      return indicator.direction === 'neutral' && indicator.distribution !== undefined;
    });
    expect(middleBands).toEqual([]);
  });

  it('explains nothing when every target is met', () => {
    expect(generateDemoExplanations({ plans: PLANS, indicators: INDICATORS, observations, misses: () => false, formatNumber: (value, lang) => formatNumber(value, lang) })).toEqual([]);
  });

  test.each([
    ['a rate', '003-II.2.c-repetition_rate-thcs', /^Số liệu minh họa: kết quả \d+(,\d+)?% chưa đạt chỉ tiêu «dưới 1%»\./, /^Illustrative: the result, \d+(\.\d+)?%, falls short of the target "dưới 1%"\./],
    ['an ordinal level', '003-II.3-literacy_level-all', /^Số liệu minh họa: kết quả mức độ \d chưa đạt chỉ tiêu «đạt chuẩn xóa mù chữ mức độ 2»\./, /^Illustrative: the result, level \d, falls short/],
    ['a count', '000-II.3.2-pcgd_preschool_age3_4_pilot_commune_count-mau_giao', /^Số liệu minh họa: kết quả \d+ chưa đạt chỉ tiêu «từ 01-02 xã»\./, /^Illustrative: the result, \d+, falls short/],
  ])('writes the figure of %s the way a reader writes it in each language', (_kind, targetId, vi, en) => {
    const [explanation, ...others] = explainOnly(targetId);
    expect(others).toEqual([]);
    expect(explanation?.targetId).toBe(targetId);
    expect(explanation?.cause).toMatch(vi);
    expect(explanation?.causeEn).toMatch(en);
  });
});
