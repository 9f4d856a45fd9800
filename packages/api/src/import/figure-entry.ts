import type { Disaggregation, Indicator, Level } from '@edu-vn/domain';
import type { FigureColumnKey } from './figure-columns.js';
import type { CellLocation } from './import-issue.js';

/** A figure read from one row of a file, typed but not yet checked against the domain rules or the database. */
export interface FigureEntry {
  /** The row it came from; `column` is null here and set per issue. */
  location: CellLocation;
  /** Column letters of the row's fields, to point at the cell an issue is about. */
  columns: Partial<Record<FigureColumnKey, string>>;
  unitId: string;
  period: string;
  level: Level;
  indicator: Indicator;
  disaggregation: Disaggregation | null;
  value: number;
  numerator: number | null;
  denominator: number | null;
  /** Null when the row leaves the source empty (the file's name is used for new figures). */
  source: string | null;
  /** The row asks for the figure to be sent for approval. */
  submit: boolean;
  /** Why a figure is corrected, when the row changes one already entered. */
  reason: string | null;
  /** The version of the figure the file was made from; a different stored version means someone changed it since. */
  version: number | null;
}

/** The identity of a figure: one per indicator, unit, level, period and breakdown. */
export function figureKey(figure: { indicator: string; unitId: string; level: string; period: string; disaggregationBy: string | null; disaggregationValue: string | null }): string {
  return JSON.stringify([figure.indicator, figure.unitId, figure.level, figure.period, figure.disaggregationBy, figure.disaggregationValue]);
}

export function entryKey(entry: FigureEntry): string {
  return figureKey({
    indicator: entry.indicator.code,
    unitId: entry.unitId,
    level: entry.level,
    period: entry.period,
    disaggregationBy: entry.disaggregation?.by ?? null,
    disaggregationValue: entry.disaggregation === null ? null : String(entry.disaggregation.value),
  });
}
