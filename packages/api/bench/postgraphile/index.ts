/** PostGraphile v5 as an analyst would point it at our database, and the five questions as they would ask them. */
export { startPostGraphile, type PostGraphileOptions, type RunningPostGraphile } from './start-postgraphile.ts';
export {
  POSTGRAPHILE_QUERIES,
  districtComparison,
  districtSeries,
  observationPage,
  provincePull,
  provinceScorecard,
  type AnalystQueryName,
  type AnalystQueryParams,
  type PostGraphileQuery,
} from './analyst-queries.ts';
