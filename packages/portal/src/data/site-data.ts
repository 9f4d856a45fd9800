/**
 * What the pages are built from: the answers of the portal's GraphQL queries, reshaped once per build.
 * Every figure keeps the id of the query run that produced it, so a page can link to that query.
 */
export interface SiteData {
  /** ISO timestamp of the build's data fetch. */
  fetchedAt: string;
  /** The public GraphQL address shown to analysts. */
  apiUrl: string;
  provinces: ProvinceInfo[];
  districts: DistrictInfo[];
  indicators: IndicatorInfo[];
  plans: PlanInfo[];
  scorecards: Scorecard[];
  /** Every figure of every district, one series per indicator and level, for the trends tables. */
  series: Series[];
  /** The series drawn on district pages, as the API's series query gives them (following a unit across the reform). */
  charts: Series[];
  comparisons: Comparison[];
  /** Every query the build ran, with its variables: the pages link to them. */
  queryRuns: QueryRun[];
  /** Text of each query file by name, as an analyst would paste it. */
  queryFiles: Record<string, string>;
}

/** One execution of a .graphql file of src/api/queries with fixed variables. */
export interface QueryRun {
  /** Stable id used in addresses, e.g. "district-scorecard-848-2024-2025". */
  id: string;
  /** The query file's name without extension, e.g. "district-scorecard". */
  name: string;
  variables: Record<string, unknown>;
  /** The API's answer at build time. */
  result: unknown;
}

/** not_assessed: a middle band of a distribution, the plan's expected split, not judged on its own. */
export type AttainmentStatus = 'met' | 'not_met' | 'no_data' | 'not_assessed';
export type ObservationStatus = 'draft' | 'submitted' | 'approved' | 'published';

export interface UnitRef {
  code: string;
  name: string;
  kind: 'province' | 'district' | 'commune';
}

export interface Succession {
  unit: UnitRef;
  /** The new unit's province, when the successor is a commune. */
  province: UnitRef | null;
  relation: 'full' | 'partial';
  effective: string;
}

export interface ProvinceInfo {
  code: string;
  name: string;
  shortName: string;
  validTo: string | null;
  successors: Succession[];
  districtCodes: string[];
}

export interface DistrictInfo {
  code: string;
  name: string;
  shortName: string;
  /** GSO type: Huyện, Quận, Thị xã, Thành phố. */
  type: string;
  slug: string;
  provinceCode: string;
  provinceName: string;
  validFrom: string;
  validTo: string | null;
  /** What the district became on 1 July 2025. */
  successors: Succession[];
  planIds: string[];
  /** Query run that gave the unit's facts. */
  query: string;
}

export type IndicatorUnit = 'percent' | 'count' | 'ordinal' | 'percentage_points' | 'ratio' | 'money';
export type Direction = 'higher_is_better' | 'lower_is_better' | 'neutral';

export interface IndicatorInfo {
  code: string;
  nameVi: string;
  nameEn: string;
  definitionVi: string;
  definitionEn: string;
  unit: IndicatorUnit;
  direction: Direction;
  levels: string[];
  theme: string;
  numeratorVi: string | null;
  denominatorVi: string | null;
  numeratorEn: string | null;
  denominatorEn: string | null;
  query: string;
}

export type Comparator = 'gt' | 'gte' | 'lt' | 'lte' | 'eq' | 'between';

export interface TargetInfo {
  id: string;
  indicator: string;
  level: string;
  period: string;
  unitCode: string;
  comparator: Comparator;
  value: number;
  valueMax: number | null;
  /** Unit the plan states the target in. */
  unit: IndicatorUnit;
  wording: string;
  quote: string;
  planId: string;
  section: string;
  note: string | null;
  /** The breakdown the target applies to, null for the whole population. */
  disaggregation: Disaggregation | null;
}

export interface Disaggregation {
  by: 'sex' | 'ethnicity' | 'disability' | 'grade';
  /** "female", "minority", "disabled", a grade number… */
  value: string;
}

export interface Revision {
  revision: number;
  value: number;
  recordedAt: string;
  /** Why the figure was corrected; null for the first report. */
  reason: string | null;
}

export interface ObservationInfo {
  value: number;
  numerator: number | null;
  denominator: number | null;
  status: ObservationStatus;
  revision: number;
  source: string;
  illustrative: boolean;
  /** ISO date of the current revision. */
  recordedAt: string;
  /** Every revision, oldest first, the current one last: a figure never corrected has one. */
  revisions: Revision[];
}

export interface Attainment {
  status: AttainmentStatus;
  /** Actual minus target in the target's unit, signed so that positive is on the good side; null without data. */
  margin: number | null;
}

/** The district's explanation of a missed target: why, and what it will do. */
export interface Explanation {
  cause: string;
  remedy: string;
  /** English text, when there is one: illustrative explanations carry it, a district writes Vietnamese only. */
  causeEn: string | null;
  remedyEn: string | null;
  /** Generated for demonstration, not written by the district. */
  illustrative: boolean;
  recordedAt: string;
}

export interface ScorecardRow {
  target: TargetInfo;
  actual: ObservationInfo | null;
  attainment: Attainment;
  /** The district's explanation of a missed target, when it gave one. */
  explanation: Explanation | null;
}

export interface Scorecard {
  unitCode: string;
  period: string;
  rows: ScorecardRow[];
  query: string;
}

/** Enough of a target to draw it and say it in words. */
export type SeriesTarget = Pick<TargetInfo, 'comparator' | 'value' | 'valueMax' | 'unit'>;

export interface SeriesPoint {
  period: string;
  value: number;
  status: ObservationStatus;
  illustrative: boolean;
  /** When the figure was last recorded; null for a value the API computed rather than read. */
  recordedAt: string | null;
  /** The target for that period, when the unit had one. */
  target: SeriesTarget | null;
}

export interface Series {
  indicator: string;
  unitCode: string;
  level: string;
  points: SeriesPoint[];
  query: string;
}

export interface ComparisonRow {
  unit: UnitRef;
  /** Rank in the indicator's better direction, 1 best; null when neither direction is better. */
  rank: number | null;
  value: number;
  status: ObservationStatus;
  illustrative: boolean;
  recordedAt: string;
  target: TargetInfo | null;
  attainment: Attainment;
}

export interface Comparison {
  indicator: string;
  level: string;
  period: string;
  province: UnitRef;
  /** Districts with a figure, and districts expected. */
  reported: number;
  expected: number;
  rows: ComparisonRow[];
  query: string;
}

export interface DeadlineInfo {
  section: string;
  descriptionVi: string;
  descriptionEn: string;
  /** A date, a day of every month, a day of every year, or a yearly event such as the start of the school year. */
  kind: 'date' | 'monthly' | 'yearly' | 'yearly_event';
  date: string | null;
  day: number | null;
  month: number | null;
  /** Due strictly before the day rather than on or by it. */
  before: boolean;
  eventVi: string | null;
  eventEn: string | null;
}

export interface TaskGroupInfo {
  section: string;
  titleVi: string;
  summaryVi: string | null;
}

export type PlanTarget = ScorecardRow;

export interface PlanInfo {
  id: string;
  number: string | null;
  title: string;
  issuer: string;
  unitCode: string;
  issuedOn: string | null;
  signerName: string | null;
  signerTitle: string | null;
  period: string;
  theme: string | null;
  source: string;
  taskGroups: TaskGroupInfo[];
  deadlines: DeadlineInfo[];
  targets: PlanTarget[];
  query: string;
}
