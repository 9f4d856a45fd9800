/** What every analyst question is asked about; codes as stored ("84", "850", "dropout_rate", "thcs", "2024-2025"). */
export interface AnalystQueryParams {
  province: string;
  district: string;
  indicator: string;
  level: string;
  period: string;
}

/** One question as an analyst would put it to PostGraphile over our database. */
export interface PostGraphileQuery {
  name: AnalystQueryName;
  document: string;
  variables(params: AnalystQueryParams): Record<string, unknown>;
}

export type AnalystQueryName = 'provinceScorecard' | 'districtSeries' | 'districtComparison' | 'provincePull' | 'observationPage';

/** Published means a published revision exists; its figures are in the published_* columns, as the public API shows. */
const PUBLISHED = 'publishedRevision: { isNull: false }';

/** The order of our API's observation lists (unit, indicator, level, period, id), so first pages hold the same rows. */
const API_ORDER = '[UNIT_ID_ASC, INDICATOR_CODE_ASC, LEVEL_ASC, PERIOD_ASC, PRIMARY_KEY_ASC]';

const PUBLISHED_FIGURE = `rowId unitId indicatorCode level period disaggregationBy disaggregationValue
  publishedValue publishedNumerator publishedDenominator publishedRevision publishedSource publishedIllustrative`;

/**
 * Every district of the province with its targets for the period and its published figures for the period. Targets
 * and figures share a key but no foreign key, so the client pairs them and judges attainment itself.
 */
export const provinceScorecard: PostGraphileQuery = {
  name: 'provinceScorecard',
  document: `query ProvinceScorecard($province: String!, $period: String!) {
  allAdminUnits(condition: { parentId: $province, kind: "district" }, orderBy: [PRIMARY_KEY_ASC]) {
    nodes {
      rowId
      name
      targetsByUnitId(condition: { period: $period }, orderBy: [PLAN_ID_ASC, POSITION_ASC]) {
        nodes {
          rowId planId position indicatorCode level period comparator value valueMax valueUnit change outOf wording
          disaggregationBy disaggregationValue
          indicatorByIndicatorCode { unit direction }
        }
      }
      observationsByUnitId(condition: { period: $period }, filter: { ${PUBLISHED} }) {
        nodes { ${PUBLISHED_FIGURE} }
      }
    }
  }
}`,
  variables: ({ province, period }) => ({ province, period }),
};

/** A district's published totals for one indicator and level, every period, oldest first. */
export const districtSeries: PostGraphileQuery = {
  name: 'districtSeries',
  document: `query DistrictSeries($district: String!, $indicator: String!, $level: String!) {
  allObservations(
    condition: { unitId: $district, indicatorCode: $indicator, level: $level }
    filter: { ${PUBLISHED}, disaggregationBy: { isNull: true } }
    orderBy: [PERIOD_ASC]
  ) {
    nodes { ${PUBLISHED_FIGURE} }
  }
}`,
  variables: ({ district, indicator, level }) => ({ district, indicator, level }),
};

/** Every district of the province with its published total for one indicator, level and period (none when missing). */
export const districtComparison: PostGraphileQuery = {
  name: 'districtComparison',
  document: `query DistrictComparison($province: String!, $indicator: String!, $level: String!, $period: String!) {
  allAdminUnits(condition: { parentId: $province, kind: "district" }, orderBy: [PRIMARY_KEY_ASC]) {
    nodes {
      rowId
      name
      observationsByUnitId(
        condition: { indicatorCode: $indicator, level: $level, period: $period }
        filter: { ${PUBLISHED}, disaggregationBy: { isNull: true } }
      ) {
        nodes { ${PUBLISHED_FIGURE} }
      }
    }
  }
}`,
  variables: ({ province, indicator, level, period }) => ({ province, indicator, level, period }),
};

/** The Sở's pull: a province's published figures for a period, 100 at a time; pass the last endCursor as `after`. */
export const provincePull: PostGraphileQuery = {
  name: 'provincePull',
  document: `query ProvincePull($province: String!, $period: String!, $after: Cursor) {
  allObservations(
    condition: { provinceId: $province, period: $period }
    filter: { ${PUBLISHED} }
    orderBy: ${API_ORDER}
    first: 100
    after: $after
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { ${PUBLISHED_FIGURE} updatedAt }
  }
}`,
  variables: ({ province, period }) => ({ province, period }),
};

/** The first 100 published figures, nationwide, for one indicator, level and period, with unit and indicator names. */
export const observationPage: PostGraphileQuery = {
  name: 'observationPage',
  document: `query ObservationPage($indicator: String!, $level: String!, $period: String!) {
  allObservations(
    condition: { indicatorCode: $indicator, level: $level, period: $period }
    filter: { ${PUBLISHED} }
    orderBy: ${API_ORDER}
    first: 100
  ) {
    totalCount
    nodes {
      ${PUBLISHED_FIGURE}
      adminUnitByUnitId { name }
      indicatorByIndicatorCode { nameVi }
    }
  }
}`,
  variables: ({ indicator, level, period }) => ({ indicator, level, period }),
};

/** The five questions analysts ask most, in the order the benchmark reports them. */
export const POSTGRAPHILE_QUERIES: readonly PostGraphileQuery[] = [provinceScorecard, districtSeries, districtComparison, provincePull, observationPage];
