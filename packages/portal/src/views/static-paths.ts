import { loadSiteData } from '../data/site-data-store.js';
import { dataTables } from '../downloads/data-tables.js';

/** One page per district of the site data. */
export function districtPaths() {
  return loadSiteData().districts.map((district) => ({ params: { slug: district.slug }, props: { district } }));
}

/** One page per indicator that has a figure or a target; the others have nothing to show yet. */
export function indicatorPaths() {
  const data = loadSiteData();
  const used = new Set([...data.comparisons.map((c) => c.indicator), ...data.series.map((s) => s.indicator), ...data.plans.flatMap((p) => p.targets.map((t) => t.target.indicator))]);
  return data.indicators.filter((i) => used.has(i.code)).map((indicator) => ({ params: { code: indicator.code }, props: { indicator } }));
}

/** One page per plan. */
export function planPaths() {
  return loadSiteData().plans.map((plan) => ({ params: { id: plan.id }, props: { plan } }));
}

/** One page per query run of the build. */
export function queryPaths() {
  return loadSiteData().queryRuns.map((run) => ({ params: { id: run.id }, props: { run } }));
}

/** One CSV and one JSON file per table of the site. */
export function tablePaths() {
  return dataTables(loadSiteData()).map((table) => ({ params: { file: table.file }, props: { table } }));
}
