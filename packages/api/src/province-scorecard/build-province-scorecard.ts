import { compareLevels, findIndicator, INDICATORS, summariseAttainments, type AdminUnit, type AttainmentSummary, type Level, type UnitRegistry } from '@edu-vn/domain';
import type { Context } from '../context.js';
import { noticeFor } from '../observation/illustrative-notice.js';
import { childrenOn } from '../rebase/compute-figure.js';
import { aggregateFigure, type ProvinceAggregate } from './aggregate-figure.js';
import { loadUnitAttainments } from './load-unit-attainments.js';
import { loadProvinceAggregates } from './province-aggregate.queries.js';
import type { ProvinceScorecard, ProvinceScorecardFigure } from './province-scorecard.type.js';

const CATALOGUE_ORDER = new Map(INDICATORS.map((indicator, index) => [indicator.code, index]));

/** Counts of several units added together. */
function addSummaries(summaries: readonly AttainmentSummary[]): AttainmentSummary {
  const total = summariseAttainments([]);
  for (const summary of summaries) {
    total.total += summary.total;
    total.met += summary.met;
    total.notMet += summary.notMet;
    total.noData += summary.noData;
    total.notAssessed += summary.notAssessed;
    total.assessed += summary.assessed;
  }
  return total;
}

/** The province's own figure for one stored aggregate, by the domain's aggregation rules. */
function figureOf(aggregate: ProvinceAggregate, expectedUnitIds: readonly string[], expected: ReadonlySet<string>): ProvinceScorecardFigure {
  const indicator = findIndicator(aggregate.indicatorCode);
  if (!indicator) throw new Error(`province aggregate refers to missing indicator ${aggregate.indicatorCode}`);
  const result = aggregateFigure(indicator.unit, expectedUnitIds, aggregate, expected);
  const base = {
    indicatorCode: aggregate.indicatorCode,
    level: aggregate.level as Level,
    unitsReporting: aggregate.unitIds.length,
    unitsExpected: expectedUnitIds.length,
    illustrative: aggregate.illustrative,
  };
  if (!result.ok) {
    return { ...base, value: null, numerator: null, denominator: null, refusal: { code: result.code, messageVi: result.messageVi, messageEn: result.messageEn, unitIds: [...result.units] } };
  }
  return { ...base, value: result.value, numerator: result.numerator ?? null, denominator: result.denominator ?? null, refusal: null };
}

/**
 * A province's scorecard for a period in two statements whatever its size: each direct unit's targets judged as
 * the district scorecard judges them, and the province's own figures from the stored sums of published figures.
 */
export async function buildProvinceScorecard(ctx: Context, registry: UnitRegistry, province: AdminUnit, period: string): Promise<ProvinceScorecard> {
  const unitIds = childrenOn(registry, province, period)
    .map((unit) => unit.id)
    .sort();
  const [units, aggregates] = await Promise.all([loadUnitAttainments(ctx, unitIds, period), loadProvinceAggregates(ctx.db, province.id, period)]);
  const expected = new Set(unitIds);
  const figures = aggregates
    .map((aggregate) => figureOf(aggregate, unitIds, expected))
    .sort(
      (a, b) =>
        (CATALOGUE_ORDER.get(a.indicatorCode) ?? Infinity) - (CATALOGUE_ORDER.get(b.indicatorCode) ?? Infinity) ||
        a.indicatorCode.localeCompare(b.indicatorCode) ||
        compareLevels(a.level, b.level),
    );
  const summary = addSummaries(units.map((unit) => unit.summary));
  const illustrative = units.some((unit) => unit.illustrative) || figures.some((figure) => figure.illustrative);
  return { provinceId: province.id, period, summary, units, figures, illustrative, notice: noticeFor(illustrative) };
}
