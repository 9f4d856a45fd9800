import {
  aggregateObservations,
  isUnitValidOn,
  parsePeriod,
  periodStart,
  rebase,
  type AdminUnit,
  type AggregationResult,
  type Indicator,
  type UnitRegistry,
} from '@edu-vn/domain';
import { noticeFor } from '../observation/illustrative-notice.js';
import type { Observation } from '../observation/observation.type.js';
import { cellKey, type FigureTable } from './figure-inputs.js';
import type { Figure, FigureBasis, FigurePart } from './figure.type.js';

/** What a figure is asked for: a unit (as the registry knows it), a period and how to obtain it. */
export interface FigureRequest {
  unit: AdminUnit;
  period: string;
  basis: FigureBasis;
}

/** The unit a figure is about once the basis is applied: a re-based figure is for the post-reform province. */
export function subjectOf(registry: UnitRegistry, request: FigureRequest): AdminUnit {
  if (request.basis !== 'rebased' || request.unit.era === 'post-reform') return request.unit;
  return registry.provinceAfterReform(request.unit.id) ?? request.unit;
}

/** After the reform a re-based figure is simply the new unit's own. */
function reportedDirectly(registry: UnitRegistry, request: FigureRequest): boolean {
  if (request.basis === 'as_published') return true;
  const subject = subjectOf(registry, request);
  return request.basis === 'rebased' && isUnitValidOn(subject, periodStart(parsePeriod(request.period)));
}

/** The units whose figures a request needs: itself, its children on the period's first day, or its predecessors. */
export function unitsNeeded(registry: UnitRegistry, request: FigureRequest): string[] {
  const subject = subjectOf(registry, request);
  if (reportedDirectly(registry, request)) return [subject.id];
  switch (request.basis) {
    case 'as_published':
      return [subject.id];
    case 'aggregated':
      return childrenOn(registry, subject, request.period).map((unit) => unit.id);
    case 'rebased':
      return registry.predecessors(subject.id).map((succession) => succession.oldId);
  }
}

/** The units a province or district is aggregated from on the period's first day: districts of an old province, communes otherwise. */
export function childrenOn(registry: UnitRegistry, unit: AdminUnit, period: string): AdminUnit[] {
  const date = periodStart(parsePeriod(period));
  const kind = unit.kind === 'province' && unit.era === 'pre-reform' ? 'district' : 'commune';
  return registry.children(unit.id, date).filter((child) => child.kind === kind && isUnitValidOn(child, date));
}

/** Computes a figure from the fetched table with the domain's rules: as published, aggregated or re-based, or refused. */
export function computeFigure(registry: UnitRegistry, indicator: Indicator, request: FigureRequest, table: FigureTable): Figure {
  const subject = subjectOf(registry, request);
  const base = { unitId: subject.id, period: request.period, basis: request.basis };
  if (reportedDirectly(registry, request)) {
    const observation = table.get(cellKey(subject.id, request.period)) ?? null;
    return {
      ...base,
      value: observation?.value ?? null,
      numerator: observation?.numerator ?? null,
      denominator: observation?.denominator ?? null,
      observation,
      parts: [],
      refusal: observation
        ? null
        : {
            code: 'no_data',
            messageVi: `Đơn vị ${subject.name} (${subject.id}) chưa có số liệu công bố cho kỳ ${request.period}.`,
            messageEn: `${subject.name} (${subject.id}) has no figure for ${request.period}.`,
            unitIds: [subject.id],
          },
      ...illustrativeOf(observation ? [observation] : []),
    };
  }
  const parts: FigurePart[] =
    request.basis === 'aggregated'
      ? childrenOn(registry, subject, request.period).map((child) => ({ unitId: child.id, relation: null, observation: table.get(cellKey(child.id, request.period)) ?? null }))
      : registry.predecessors(subject.id).map((succession) => ({
          unitId: succession.oldId,
          relation: succession.relation,
          observation: table.get(cellKey(succession.oldId, request.period)) ?? null,
        }));
  const figures = parts.flatMap((part) =>
    part.observation ? [{ unitCode: part.unitId, value: part.observation.value, numerator: part.observation.numerator, denominator: part.observation.denominator }] : [],
  );
  const result: AggregationResult =
    request.basis === 'aggregated'
      ? aggregateObservations(
          indicator.unit,
          parts.map((part) => part.unitId),
          figures,
          { requireComplete: true },
        )
      : rebase(
          indicator.unit,
          subject.id,
          registry.predecessors(subject.id).map((succession) => ({ oldCode: succession.oldId, newCode: succession.newId, relation: succession.relation })),
          figures,
        );
  const used = parts.flatMap((part) => (part.observation ? [part.observation] : []));
  if (!result.ok) {
    return {
      ...base,
      value: null,
      numerator: null,
      denominator: null,
      observation: null,
      parts,
      refusal: { code: result.code, messageVi: result.messageVi, messageEn: result.messageEn, unitIds: [...result.units] },
      ...illustrativeOf(used),
    };
  }
  return {
    ...base,
    value: result.value,
    numerator: result.numerator ?? null,
    denominator: result.denominator ?? null,
    observation: null,
    parts,
    refusal: null,
    ...illustrativeOf(used),
  };
}

function illustrativeOf(observations: readonly Observation[]) {
  const illustrative = observations.some((observation) => observation.illustrative);
  return { illustrative, notice: noticeFor(illustrative) };
}
