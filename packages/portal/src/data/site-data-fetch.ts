import { slugify } from '@edu-vn/domain';
import type { RunQuery } from '../api/graphql-client.js';
import {
  DistrictComparisonDocument,
  DistrictDocument,
  DistrictObservationsDocument,
  DistrictsDocument,
  IndicatorsDocument,
  PlanDocument,
  PlansDocument,
  ScorecardDocument,
  SeriesDocument,
  type DistrictObservationsQuery,
  type Level,
} from '../api/generated/graphql.js';
import { chartedSeries } from '../views/trend-selection.js';
import { mapLimit } from './map-limit.js';
import { QueryRecorder } from './query-recorder.js';
import { lower, mapActual, mapAttainment, mapDeadline, mapIndicator, mapSuccession, mapTarget, mapUnitRef } from './site-data-mappers.js';
import type { Comparison, DistrictInfo, ObservationStatus, PlanInfo, PlanTarget, ProvinceInfo, Scorecard, Series, SeriesTarget, SiteData } from './site-data.js';

export interface FetchOptions {
  /** The public GraphQL address printed on the pages. */
  apiUrl: string;
  /** Text of each query file by name, shown to readers beside the figures. */
  queryFiles: Record<string, string>;
  /** Requests in flight at once. */
  concurrency?: number;
  log?: (line: string) => void;
}

type ObservationNode = DistrictObservationsQuery['observations']['nodes'][number];

const upper = (level: string) => level.toUpperCase() as Level;
const targetKey = (unit: string, indicator: string, level: string, period: string) => `${unit}|${indicator}|${level}|${period}`;

function seriesTarget(row: PlanTarget | undefined): SeriesTarget | null {
  return row ? { comparator: row.target.comparator, value: row.target.value, valueMax: row.target.valueMax, unit: row.target.unit } : null;
}

/** One series per indicator and level from a district's figures (totals only, not breakdowns), periods in order. */
function seriesFromObservations(unitCode: string, nodes: readonly ObservationNode[], query: string, targetOf: (indicator: string, level: string, period: string) => SeriesTarget | null): Series[] {
  const groups = new Map<string, ObservationNode[]>();
  for (const node of nodes) {
    if (node.disaggregation) continue;
    const key = `${node.indicator.code}|${node.level}`;
    groups.set(key, [...(groups.get(key) ?? []), node]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as ObservationNode;
    const level = lower<string>(first.level);
    return {
      indicator: first.indicator.code,
      unitCode,
      level,
      points: [...group]
        .sort((a, b) => a.period.localeCompare(b.period))
        .map((o) => ({ period: o.period, value: o.value, status: lower<ObservationStatus>(o.status), illustrative: o.illustrative, recordedAt: o.updatedAt, target: targetOf(o.indicator.code, level, o.period) })),
      query,
    };
  });
}

/**
 * Runs every query of the site once, a few at a time, and shapes the answers for the pages:
 * the indicator catalogue, the districts with figures or plans, the plans with their targets,
 * each district's scorecards, figures and charted series, and the districts compared by province.
 */
export async function fetchSiteData(runQuery: RunQuery, options: FetchOptions): Promise<SiteData> {
  const recorder = new QueryRecorder(runQuery);
  const limit = options.concurrency ?? 4;
  const log = options.log ?? (() => undefined);

  const indicatorsRun = await recorder.runPages('indicators', IndicatorsDocument, {}, (r) => r.indicators);
  const indicators = indicatorsRun.nodes.map((node) => mapIndicator(node, indicatorsRun.query));

  const districtsRun = await recorder.runPages('districts', DistrictsDocument, {}, (r) => r.units);
  const kept = districtsRun.nodes.filter((d) => d.observations.totalCount > 0 || d.plans.nodes.length > 0);
  log(`data: ${kept.length} districts with figures or plans of ${districtsRun.nodes.length}`);

  const plansRun = await recorder.runPages('plans', PlansDocument, {}, (r) => r.plans);
  const plans: PlanInfo[] = await mapLimit(plansRun.nodes, limit, async (plan) => {
    const detail = await recorder.runPages('plan', PlanDocument, { id: plan.id }, (r) => r.plan?.targets);
    const first = detail.pages[0]?.plan;
    const targets: PlanTarget[] = detail.nodes.map((node) => ({
      target: mapTarget(node, plan.unit.id, plan.id),
      actual: mapActual(node.actual),
      attainment: mapAttainment(node.attainment),
      explanation: node.explanation,
    }));
    return {
      id: plan.id,
      number: plan.number,
      title: plan.title,
      issuer: plan.issuer,
      unitCode: plan.unit.id,
      issuedOn: plan.issuedOn,
      signerName: plan.signer?.name ?? null,
      signerTitle: plan.signer?.title ?? null,
      period: plan.period,
      theme: plan.theme,
      source: plan.source,
      taskGroups: (first?.taskGroups.nodes ?? []).map((g) => ({ section: g.section, titleVi: g.titleVi, summaryVi: g.summaryVi })),
      deadlines: (first?.deadlines.nodes ?? []).map(mapDeadline),
      targets,
      query: detail.query,
    };
  });

  const planTargets = plans.flatMap((p) => p.targets).filter((t) => t.target.disaggregation === null);
  const targetByKey = new Map(planTargets.map((t) => [targetKey(t.target.unitCode, t.target.indicator, t.target.level, t.target.period), t]));

  const districts: DistrictInfo[] = [];
  const series: Series[] = [];
  const scorecards: Scorecard[] = [];
  await mapLimit(kept, limit, async (node) => {
    const [detail, observations] = await Promise.all([
      recorder.run('district', DistrictDocument, { id: node.id }),
      recorder.runPages('district-observations', DistrictObservationsDocument, { unit: node.id }, (r) => r.observations),
    ]);
    const planIds = plans.filter((p) => p.unitCode === node.id).map((p) => p.id);
    districts.push({
      code: node.id,
      name: node.name,
      shortName: node.shortName,
      type: node.type,
      slug: `${slugify(node.shortName)}-${node.code}`,
      provinceCode: node.province.id,
      provinceName: node.province.name,
      validFrom: node.validFrom ?? '',
      validTo: node.validTo,
      successors: (detail.data.unit?.successors.edges ?? []).map(mapSuccession),
      planIds,
      query: detail.query,
    });
    series.push(
      ...seriesFromObservations(node.id, observations.nodes, observations.query, (indicator, level, period) => seriesTarget(targetByKey.get(targetKey(node.id, indicator, level, period)))),
    );
    const periods = [...new Set(planTargets.filter((t) => t.target.unitCode === node.id).map((t) => t.target.period))];
    for (const period of periods) {
      const card = await recorder.run('scorecard', ScorecardDocument, { unit: node.id, period });
      scorecards.push({
        unitCode: node.id,
        period,
        rows: card.data.scorecard.levels.flatMap((level) =>
          level.entries.map((entry) => ({
            target: mapTarget(entry.target, node.id, entry.target.plan.id),
            actual: mapActual(entry.actual),
            attainment: mapAttainment(entry.attainment),
            explanation: entry.target.explanation,
          })),
        ),
        query: card.query,
      });
    }
  });
  districts.sort((a, b) => a.code.localeCompare(b.code));
  series.sort((a, b) => a.unitCode.localeCompare(b.unitCode) || a.indicator.localeCompare(b.indicator) || a.level.localeCompare(b.level));
  scorecards.sort((a, b) => a.unitCode.localeCompare(b.unitCode) || a.period.localeCompare(b.period));
  log(`data: ${series.length} series, ${scorecards.length} scorecards`);

  const attainmentOf = (s: Series) => {
    const rows = scorecards.filter((c) => c.unitCode === s.unitCode).flatMap((c) => c.rows);
    return rows.find((r) => r.target.indicator === s.indicator && r.target.level === s.level && r.target.disaggregation === null)?.attainment.status ?? null;
  };
  const toChart = districts.flatMap((d) => chartedSeries(series.filter((s) => s.unitCode === d.code), attainmentOf));
  const charts: Series[] = await mapLimit(toChart, limit, async (s) => {
    const from = s.points[0]?.period ?? '';
    const to = s.points[s.points.length - 1]?.period ?? '';
    const run = await recorder.run('series', SeriesDocument, { indicator: s.indicator, unit: s.unitCode, level: upper(s.level), from, to });
    return {
      indicator: s.indicator,
      unitCode: s.unitCode,
      level: s.level,
      points: run.data.series.points
        .filter((p): p is typeof p & { value: number } => p.value !== null)
        .map((p) => ({
          period: p.period,
          value: p.value,
          status: lower<ObservationStatus>(p.observation?.status ?? 'PUBLISHED'),
          illustrative: p.illustrative,
          recordedAt: p.observation?.updatedAt ?? null,
          target: seriesTarget(targetByKey.get(targetKey(s.unitCode, s.indicator, s.level, p.period))),
        })),
      query: run.query,
    };
  });

  const provinceOf = new Map(districts.map((d) => [d.code, d.provinceCode]));
  const wanted = new Map<string, { province: string; indicator: string; level: string; period: string }>();
  for (const s of series) {
    const province = provinceOf.get(s.unitCode);
    const latest = s.points[s.points.length - 1]?.period;
    if (!province || !latest) continue;
    const periods = new Set([latest, ...s.points.filter((p) => p.target !== null).map((p) => p.period)]);
    for (const period of periods) wanted.set(`${province}|${s.indicator}|${s.level}|${period}`, { province, indicator: s.indicator, level: s.level, period });
  }
  const provinceNames = new Map(kept.map((d) => [d.province.id, d.province]));
  const comparisons: Comparison[] = await mapLimit([...wanted.values()], limit, async (w) => {
    const run = await recorder.run('district-comparison', DistrictComparisonDocument, { province: w.province, indicator: w.indicator, level: upper(w.level), period: w.period });
    const result = run.data.districtComparison;
    const province = provinceNames.get(w.province);
    return {
      indicator: w.indicator,
      level: w.level,
      period: w.period,
      province: { code: w.province, name: province?.name ?? w.province, kind: 'province' as const },
      reported: result.reported,
      expected: result.expected,
      rows: result.districts.flatMap((row) => {
        if (!row.observation) return [];
        const target = targetByKey.get(targetKey(row.unit.id, w.indicator, w.level, w.period)) ?? null;
        return [
          {
            unit: mapUnitRef(row.unit),
            rank: row.rank,
            value: row.observation.value,
            status: lower<ObservationStatus>(row.observation.status),
            illustrative: row.observation.illustrative,
            recordedAt: row.observation.updatedAt,
            target: target?.target ?? null,
            attainment: target?.attainment ?? { status: 'no_data' as const, margin: null },
          },
        ];
      }),
      query: run.query,
    };
  });
  log(`data: ${charts.length} charted series, ${comparisons.length} comparisons, ${recorder.runs.length} query runs`);

  const provinces: ProvinceInfo[] = [...provinceNames.values()]
    .map((p) => ({ code: p.id, name: p.name, shortName: p.shortName, validTo: p.validTo, successors: [], districtCodes: districts.filter((d) => d.provinceCode === p.id).map((d) => d.code) }))
    .sort((a, b) => a.code.localeCompare(b.code));

  return {
    fetchedAt: new Date().toISOString(),
    apiUrl: options.apiUrl,
    provinces,
    districts,
    indicators,
    plans,
    scorecards,
    series,
    charts,
    comparisons: comparisons.filter((c) => c.rows.length > 0),
    queryRuns: recorder.runs,
    queryFiles: options.queryFiles,
  };
}
