import type { Disaggregation, IndicatorUnit, Level, ObservationStatus } from '@edu-vn/domain';
import { sql, type Kysely } from 'kysely';
import type { UnpublishedScope } from '../auth/policy.js';
import { visibleObservations } from '../observation/observation.queries.js';
import type { ExportFigure } from './export-figure.js';

interface Row {
  unit_id: string;
  unit_name: string;
  period: string;
  level: Level;
  indicator_code: string;
  indicator_name: string;
  indicator_unit: IndicatorUnit;
  disaggregation_by: Disaggregation['by'] | null;
  disaggregation_value: string | null;
  value: number;
  numerator: number | null;
  denominator: number | null;
  source: string;
  status: ObservationStatus;
  revision: number;
  illustrative: boolean;
  updated_at: Date;
  version: number;
}

/** Rows fetched from the cursor at a time: a few hundred kilobytes of figures. */
const STREAM_CHUNK = 2_000;

function exportQuery(scope: UnpublishedScope, provinceId: string, period: string) {
  return sql<Row>`select v.unit_id, u.name as unit_name, v.period, v.level, v.indicator_code, i.name_vi as indicator_name, i.unit as indicator_unit,
      v.disaggregation_by, v.disaggregation_value, v.value, v.numerator, v.denominator, v.source, v.status, v.revision, v.illustrative, v.updated_at, o.version
    from (${visibleObservations(scope)}) v
    join observation o on o.id = v.id join admin_unit u on u.id = v.unit_id join indicator i on i.code = v.indicator_code
    where v.province_id = ${provinceId} and v.period = ${period}
    order by v.unit_id, i.position, v.level, v.disaggregation_by nulls first, v.disaggregation_value nulls first`;
}

function exportFigure(row: Row): ExportFigure {
  return {
    unitId: row.unit_id,
    unitName: row.unit_name,
    period: row.period,
    level: row.level,
    indicator: row.indicator_code,
    indicatorName: row.indicator_name,
    measure: row.indicator_unit,
    disaggregation: row.disaggregation_by === null ? null : row.disaggregation_by === 'grade' ? { by: 'grade', value: Number(row.disaggregation_value) } : ({ by: row.disaggregation_by, value: row.disaggregation_value } as Disaggregation),
    value: Number(row.value),
    numerator: row.numerator === null ? null : Number(row.numerator),
    denominator: row.denominator === null ? null : Number(row.denominator),
    source: row.source,
    status: row.status,
    revision: Number(row.revision),
    illustrative: row.illustrative,
    updatedAt: new Date(row.updated_at),
    version: Number(row.version),
  };
}

/**
 * Every figure of a province (its districts and itself) for a period that the caller may see, as the export writes
 * them: the public sees published figures, officers also the unpublished ones of their units. One statement.
 */
export async function loadExportFigures(db: Kysely<unknown>, scope: UnpublishedScope, provinceId: string, period: string): Promise<ExportFigure[]> {
  const { rows } = await exportQuery(scope, provinceId, period).execute(db);
  return rows.map(exportFigure);
}

/** The same figures read from a cursor a chunk at a time, so that an export of any size is written as it is read. */
export async function* streamExportFigures(db: Kysely<unknown>, scope: UnpublishedScope, provinceId: string, period: string): AsyncGenerator<ExportFigure> {
  for await (const result of db.getExecutor().stream(exportQuery(scope, provinceId, period).compile(db), STREAM_CHUNK)) {
    for (const row of result.rows) yield exportFigure(row);
  }
}
