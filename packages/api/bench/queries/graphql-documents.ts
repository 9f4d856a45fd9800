import { ANALYST_PARAMS, levelEnum } from './analyst-params.ts';

/** A GraphQL request of our API: the document and its variables. */
export interface GraphqlRequest {
  query: string;
  variables?: Record<string, unknown>;
}

const FIGURE = 'period value numerator denominator illustrative refusal { code }';
const OBSERVATION = 'id level period value numerator denominator status revision illustrative source updatedAt unit { id } indicator { code }';

/** (1) A province's scorecard: every district's attainment and the province's figures by indicator and level. */
export function provinceScorecard(province: string, period: string): GraphqlRequest {
  return {
    query: `query ProvinceScorecard($province: ID!, $period: String!) { provinceScorecard(province: $province, period: $period) {
      period illustrative summary { met notMet noData assessed notAssessed }
      units { unit { id name } illustrative summary { met notMet noData assessed notAssessed } }
      figures { indicator { code nameVi } level value numerator denominator unitsReporting unitsExpected illustrative refusal { code } } } }`,
    variables: { province, period },
  };
}

/** (1) without a province scorecard: one district's scorecard (the request is repeated for every district). */
export function districtScorecard(unit: string, period: string): GraphqlRequest {
  return {
    query: `query Scorecard($unit: ID!, $period: String!) { scorecard(unit: $unit, period: $period) {
      period illustrative summary { met notMet noData assessed notAssessed }
      levels { level entries { target { id wording } actual { value numerator denominator } attainment { status margin } } } } }`,
    variables: { unit, period },
  };
}

const series = ANALYST_PARAMS.series;
/** (2) A district's time series, ten school years, as published. */
export const DISTRICT_SERIES: GraphqlRequest = {
  query: `query Series($unit: ID!, $indicator: String!, $level: Level!, $from: String!, $to: String!) {
    series(unit: $unit, indicator: $indicator, level: $level, from: $from, to: $to) { illustrative points { ${FIGURE} } } }`,
  variables: { unit: series.district, indicator: series.indicator, level: levelEnum(series.level), from: series.from, to: series.to },
};

const comparison = ANALYST_PARAMS.comparison;
/** (3) The districts of a province side by side on one indicator. */
export const DISTRICT_COMPARISON: GraphqlRequest = {
  query: `query Comparison($province: ID!, $indicator: String!, $level: Level!, $period: String!) {
    districtComparison(province: $province, indicator: $indicator, level: $level, period: $period) {
      reported expected illustrative districts { rank unit { id name } observation { value numerator denominator } }
      provinceAsPublished { ${FIGURE} } provinceAggregated { ${FIGURE} } } }`,
  variables: { province: comparison.province, indicator: comparison.indicator, level: levelEnum(comparison.level), period: comparison.period },
};

const pull = ANALYST_PARAMS.pull;
/** (4) The Sở's pull: a province's published figures for a period, one page of 100 after `after`. */
export function provincePull(after: string | null, province: string = pull.province): GraphqlRequest {
  return {
    query: `query Pull($province: ID!, $periods: [String!], $after: String) {
      observations(filter: { province: $province, periods: $periods }, first: 100, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } nodes { ${OBSERVATION} } } }`,
    variables: { province, periods: [pull.period], after },
  };
}

const page = ANALYST_PARAMS.page;
/** (5) A filtered page: one indicator, level and year nationwide, first 100, with unit and indicator names. */
export const OBSERVATION_PAGE: GraphqlRequest = {
  query: `query Page($indicators: [String!], $levels: [Level!], $periods: [String!]) {
    observations(filter: { indicators: $indicators, levels: $levels, periods: $periods }, first: 100) {
      totalCount nodes { value numerator denominator level period illustrative unit { id name } indicator { code nameVi } } } }`,
  variables: { indicators: [page.indicator], levels: [levelEnum(page.level)], periods: [page.period] },
};
