import { disaggregationLabel } from './disaggregation-label.js';
import type { ImportResult } from './run-import.js';

/** At most this many changes are listed in an answer; the summary counts them all. */
export const LISTED_CHANGES = 2000;

/** An import's result as JSON: the counts, every issue with its place and rule, and the changes (the dry run's preview). */
export function importResultJson(result: ImportResult) {
  return {
    dryRun: result.dryRun,
    applied: result.applied,
    summary: result.summary,
    issues: result.issues.map(({ severity, sheet, row, column, field, code, messageVi, messageEn }) => ({ severity, sheet, row, column, field, rule: code, messageVi, messageEn })),
    changes: result.changes.slice(0, LISTED_CHANGES).map((change) => ({
      sheet: change.entry.location.sheet,
      row: change.entry.location.row,
      action: change.action,
      submit: change.submit,
      unit: change.entry.unitId,
      indicator: change.entry.indicator.code,
      level: change.entry.level,
      period: change.entry.period,
      breakdown: disaggregationLabel(change.entry.disaggregation),
      oldValue: change.stored?.value ?? null,
      newValue: change.entry.value,
      revision: change.revision,
    })),
  };
}
