import type { Disaggregation, Level, ObservationStatus } from '@edu-vn/domain';
import type { FigureKey } from './observation.queries.js';
import type { Observation, ObservationRevision } from './observation.type.js';

const numberOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/** The API's view of a row of visibleObservations(). */
export function observationFromRow(row: Record<string, unknown>): Observation {
  const by = row.disaggregation_by as Disaggregation['by'] | null;
  return {
    id: String(row.id),
    level: row.level as Level,
    period: String(row.period),
    disaggregation: by === null ? null : { by, value: String(row.disaggregation_value) },
    value: Number(row.value),
    numerator: numberOrNull(row.numerator),
    denominator: numberOrNull(row.denominator),
    status: row.status as ObservationStatus,
    revision: Number(row.revision),
    illustrative: Boolean(row.illustrative),
    source: String(row.source),
    updatedAt: new Date(row.updated_at as string | Date),
    indicatorCode: String(row.indicator_code),
    unitId: String(row.unit_id),
  };
}

/** The API's view of a row of observation_revision. */
export function revisionFromRow(row: Record<string, unknown>): ObservationRevision {
  return {
    number: Number(row.number),
    value: Number(row.value),
    numerator: numberOrNull(row.numerator),
    denominator: numberOrNull(row.denominator),
    status: row.status as ObservationStatus,
    reason: (row.reason as string | null) ?? null,
    recordedAt: new Date(row.recorded_at as string | Date),
    recordedBy: String(row.recorded_by),
  };
}

/** The key of a figure as stored. */
export function keyOfObservation(observation: Observation): FigureKey {
  return {
    unitId: observation.unitId,
    indicator: observation.indicatorCode,
    level: observation.level,
    period: observation.period,
    disaggregationBy: observation.disaggregation?.by ?? null,
    disaggregationValue: observation.disaggregation?.value ?? null,
  };
}
