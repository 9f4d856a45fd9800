import { RECORDED_BY, SYNTHETIC_SOURCE } from './dataset-spec.ts';
import type { SyntheticObservation } from './generate-observations.ts';

/** Columns of the observation COPY, in the order of `observationLine`. */
export const OBSERVATION_COLUMNS = [
  'id', 'indicator_code', 'unit_id', 'province_id', 'level', 'period', 'value', 'numerator', 'denominator', 'status', 'revision',
  'published_revision', 'published_value', 'published_numerator', 'published_denominator', 'published_source', 'published_illustrative',
  'illustrative', 'source', 'version', 'created_at', 'updated_at',
] as const;

/** Columns of the observation_revision COPY, in the order of `revisionLine`. */
export const REVISION_COLUMNS = ['id', 'observation_id', 'number', 'value', 'numerator', 'denominator', 'status', 'reason', 'recorded_at', 'recorded_by'] as const;

const NULL = '\\N';
/** COPY text format: backslash, tab and line breaks escaped. */
const text = (value: string) => value.replace(/[\\\t\n\r]/g, (character) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[character]!);
const SOURCE = text(SYNTHETIC_SOURCE);
const BY = text(RECORDED_BY);
const optional = (value: number | null) => (value === null ? NULL : String(value));

/** One line of the observation COPY: the first revision, published or not, flagged illustrative. */
export function observationLine(row: SyntheticObservation): string {
  const published = row.status === 'published';
  const numerator = optional(row.numerator);
  const denominator = optional(row.denominator);
  return [
    row.id, row.indicatorCode, row.unitId, row.provinceId, row.level, row.period, row.value, numerator, denominator, row.status, 1,
    published ? 1 : NULL, published ? row.value : NULL, published ? numerator : NULL, published ? denominator : NULL,
    published ? SOURCE : NULL, published ? 't' : NULL, 't', SOURCE, 1, row.recordedAt, row.recordedAt,
  ].join('\t') + '\n';
}

/** One line of the observation_revision COPY: revision 1 of the figure, with the same id. */
export function revisionLine(row: SyntheticObservation): string {
  return [row.id, row.id, 1, row.value, optional(row.numerator), optional(row.denominator), row.status, NULL, row.recordedAt, BY].join('\t') + '\n';
}
