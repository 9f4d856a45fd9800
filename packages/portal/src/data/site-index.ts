import type { Comparison, DistrictInfo, IndicatorInfo, PlanInfo, ProvinceInfo, QueryRun, Scorecard, Series, SiteData } from './site-data.js';

/** Lookups over the site data, built once so each page does constant work. */
export interface SiteIndex {
  data: SiteData;
  province: Map<string, ProvinceInfo>;
  district: Map<string, DistrictInfo>;
  indicator: Map<string, IndicatorInfo>;
  plan: Map<string, PlanInfo>;
  queryRun: Map<string, QueryRun>;
  scorecardsByUnit: Map<string, Scorecard[]>;
  seriesByUnit: Map<string, Series[]>;
  seriesByIndicator: Map<string, Series[]>;
  chartsByUnit: Map<string, Series[]>;
  comparisonsByIndicator: Map<string, Comparison[]>;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const built = new WeakMap<SiteData, SiteIndex>();

/** Indexes the site data by the keys pages look things up by. */
export function indexSiteData(data: SiteData): SiteIndex {
  const existing = built.get(data);
  if (existing) return existing;
  const index: SiteIndex = {
    data,
    province: new Map(data.provinces.map((p) => [p.code, p])),
    district: new Map(data.districts.map((d) => [d.code, d])),
    indicator: new Map(data.indicators.map((i) => [i.code, i])),
    plan: new Map(data.plans.map((p) => [p.id, p])),
    queryRun: new Map(data.queryRuns.map((q) => [q.id, q])),
    scorecardsByUnit: groupBy(data.scorecards, (s) => s.unitCode),
    seriesByUnit: groupBy(data.series, (s) => s.unitCode),
    seriesByIndicator: groupBy(data.series, (s) => s.indicator),
    chartsByUnit: groupBy(data.charts, (s) => s.unitCode),
    comparisonsByIndicator: groupBy(data.comparisons, (c) => c.indicator),
  };
  built.set(data, index);
  return index;
}
