import type { DistrictQuery, IndicatorsQuery, PlanQuery, ScorecardQuery } from '../api/generated/graphql.js';
import type {
  Attainment,
  Comparator,
  DeadlineInfo,
  Direction,
  Disaggregation,
  IndicatorInfo,
  IndicatorUnit,
  ObservationInfo,
  ObservationStatus,
  Succession,
  TargetInfo,
  UnitRef,
} from './site-data.js';

/** GraphQL enum values are upper case ("NOT_MET"); the pages and downloads use the domain's lower-case codes. */
export function lower<T extends string>(value: string): T {
  return value.toLowerCase() as T;
}

type IndicatorNode = IndicatorsQuery['indicators']['nodes'][number];
type TargetNode = NonNullable<PlanQuery['plan']>['targets']['nodes'][number];
type ScorecardTargetNode = ScorecardQuery['scorecard']['levels'][number]['entries'][number]['target'];
type ActualNode = NonNullable<TargetNode['actual']>;
type DeadlineNode = NonNullable<PlanQuery['plan']>['deadlines']['nodes'][number];
type SuccessionEdge = NonNullable<DistrictQuery['unit']>['successors']['edges'][number];

export function mapIndicator(node: IndicatorNode, query: string): IndicatorInfo {
  return {
    code: node.code,
    nameVi: node.nameVi,
    nameEn: node.nameEn,
    definitionVi: node.definitionVi,
    definitionEn: node.definitionEn,
    unit: lower<IndicatorUnit>(node.unit),
    direction: lower<Direction>(node.direction),
    levels: node.levels.map((l) => lower(l)),
    theme: lower(node.theme),
    numeratorVi: node.numeratorVi,
    denominatorVi: node.denominatorVi,
    numeratorEn: node.numeratorEn,
    denominatorEn: node.denominatorEn,
    query,
  };
}

function mapDisaggregation(node: { by: string; value: string } | null): Disaggregation | null {
  return node ? { by: lower<Disaggregation['by']>(node.by), value: node.value } : null;
}

/** A target of a plan or a scorecard; the unit and plan are given by the caller when the query does not repeat them. */
export function mapTarget(node: TargetNode | ScorecardTargetNode, unitCode: string, planId: string): TargetInfo {
  return {
    id: node.id,
    indicator: node.indicator.code,
    level: lower(node.level),
    period: node.period,
    unitCode,
    comparator: lower<Comparator>(node.comparator),
    value: node.value,
    valueMax: node.valueMax,
    unit: lower<IndicatorUnit>(node.valueUnit),
    wording: node.wording,
    quote: node.quote,
    planId,
    section: node.section,
    note: node.note,
    disaggregation: mapDisaggregation(node.disaggregation),
  };
}

/** An actual figure with its revisions, oldest first; the API lists published revisions only to the public. */
export function mapActual(node: ActualNode | null): ObservationInfo | null {
  if (!node) return null;
  return {
    value: node.value,
    numerator: node.numerator,
    denominator: node.denominator,
    status: lower<ObservationStatus>(node.status),
    revision: node.revision,
    source: node.source,
    illustrative: node.illustrative,
    recordedAt: node.updatedAt,
    revisions: [...node.revisions.nodes]
      .sort((a, b) => a.number - b.number)
      .map((r) => ({ revision: r.number, value: r.value, recordedAt: r.recordedAt, reason: r.reason })),
  };
}

export function mapAttainment(node: { status: string; margin: number | null }): Attainment {
  return { status: lower<Attainment['status']>(node.status), margin: node.margin };
}

export function mapDeadline(node: DeadlineNode): DeadlineInfo {
  return {
    section: node.section,
    descriptionVi: node.descriptionVi,
    descriptionEn: node.descriptionEn,
    kind: lower<DeadlineInfo['kind']>(node.due.kind),
    date: node.due.date,
    day: node.due.day,
    month: node.due.month,
    before: node.due.before,
    eventVi: node.due.eventVi,
    eventEn: node.due.eventEn,
  };
}

export function mapUnitRef(node: { id: string; name: string; kind?: string }, kind: UnitRef['kind'] = 'district'): UnitRef {
  return { code: node.id, name: node.name, kind: node.kind ? lower<UnitRef['kind']>(node.kind) : kind };
}

export function mapSuccession(edge: SuccessionEdge): Succession {
  return {
    unit: mapUnitRef(edge.node),
    province: edge.node.kind === 'PROVINCE' ? null : mapUnitRef(edge.node.province, 'province'),
    relation: lower<Succession['relation']>(edge.relation),
    effective: edge.effectiveOn,
  };
}
