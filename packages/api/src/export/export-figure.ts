import { LEVEL_LABELS, OBSERVATION_STATUS_LABELS, type Disaggregation, type IndicatorUnit, type Level, type ObservationStatus } from '@edu-vn/domain';
import { disaggregationLabel } from '../import/disaggregation-label.js';
import type { FigureColumnKey } from '../import/figure-columns.js';
import { MEASURE_LABELS } from '../import/measure-label.js';

/** One figure as the bulk export writes it: what the caller may see of it, with names beside the codes. */
export interface ExportFigure {
  unitId: string;
  unitName: string;
  period: string;
  level: Level;
  indicator: string;
  indicatorName: string;
  measure: IndicatorUnit;
  disaggregation: Disaggregation | null;
  value: number;
  numerator: number | null;
  denominator: number | null;
  source: string;
  status: ObservationStatus;
  revision: number;
  illustrative: boolean;
  updatedAt: Date;
  /** Carried so that an export edited and imported again is refused if the figure changed meanwhile. */
  version: number;
}

/** The export's columns, in order; the importer reads the same headers, so an export can be edited and imported. */
export const EXPORT_COLUMNS: readonly FigureColumnKey[] = [
  'unit',
  'unitName',
  'period',
  'level',
  'indicator',
  'indicatorName',
  'breakdown',
  'measure',
  'value',
  'numerator',
  'denominator',
  'source',
  'status',
  'revision',
  'illustrative',
  'updatedAt',
  'version',
];

export type ExportCell = string | number | null;

/** The cells of a figure in column order: numbers stay numbers, labels are Vietnamese. */
export function exportCells(figure: ExportFigure): ExportCell[] {
  const cells: Partial<Record<FigureColumnKey, ExportCell>> = {
    unit: figure.unitId,
    unitName: figure.unitName,
    period: figure.period,
    level: LEVEL_LABELS[figure.level].vi,
    indicator: figure.indicator,
    indicatorName: figure.indicatorName,
    breakdown: disaggregationLabel(figure.disaggregation),
    measure: MEASURE_LABELS[figure.measure].vi,
    value: figure.value,
    numerator: figure.numerator,
    denominator: figure.denominator,
    source: figure.source,
    status: OBSERVATION_STATUS_LABELS[figure.status].vi,
    revision: figure.revision,
    illustrative: figure.illustrative ? 'Có' : 'Không',
    updatedAt: figure.updatedAt.toISOString(),
    version: figure.version,
  };
  return EXPORT_COLUMNS.map((key) => cells[key] ?? null);
}
