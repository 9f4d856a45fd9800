import { getDistribution, validateDistribution, validateObservation, type ParsedTarget } from '@edu-vn/domain';
import type { FigureColumnKey } from './figure-columns.js';
import { entryKey, type FigureEntry } from './figure-entry.js';
import { cellIssue, locateIssue, type ImportIssue } from './import-issue.js';

/** What the database knows about a figure's surroundings, for the domain's plausibility warnings. */
export interface EntryContext {
  previous?: { value: number; period: string } | null;
  target?: Pick<ParsedTarget, 'comparator' | 'value' | 'valueMax'> | null;
}

/** What is needed beyond the file: the context of a figure and the stored value of a band the file leaves out. */
export interface CheckInputs {
  contextOf?: (entry: FigureEntry) => EntryContext;
  storedBand?: (entry: FigureEntry, band: string) => number | undefined;
}

const FIELD_COLUMNS: Readonly<Record<string, FigureColumnKey>> = {
  indicator: 'indicator',
  level: 'level',
  period: 'period',
  value: 'value',
  numerator: 'numerator',
  denominator: 'denominator',
};

function columnOf(entry: FigureEntry, field: string): string | null {
  return entry.columns[FIELD_COLUMNS[field] ?? 'value'] ?? null;
}

function distributionGroupKey(entry: FigureEntry): string {
  return JSON.stringify([entry.indicator.distribution, entry.unitId, entry.period, entry.level, entry.disaggregation]);
}

/**
 * Checks every figure by the domain rules (ranges, numerator within denominator, level fits indicator, period, and
 * plausibility warnings), refuses a figure given twice, and checks that the bands of a distribution add up to 100%
 * (bands the file leaves out are taken from the database).
 */
export function checkEntries(entries: readonly FigureEntry[], inputs: CheckInputs = {}): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const firstRow = new Map<string, FigureEntry>();
  for (const entry of entries) {
    const key = entryKey(entry);
    const first = firstRow.get(key);
    if (first) {
      issues.push(
        cellIssue('error', { ...entry.location, column: entry.columns.indicator ?? null }, 'indicator', 'duplicate_figure',
          `số liệu này đã có ở ${first.location.sheet === entry.location.sheet ? '' : `trang «${first.location.sheet}», `}dòng ${first.location.row}; mỗi số liệu chỉ nhập một lần.`,
          `this figure is already on ${first.location.sheet === entry.location.sheet ? '' : `sheet "${first.location.sheet}", `}row ${first.location.row}; give each figure once.`),
      );
      continue;
    }
    firstRow.set(key, entry);
    const context = inputs.contextOf?.(entry) ?? {};
    const found = validateObservation(
      { indicator: entry.indicator.code, level: entry.level, period: entry.period, value: entry.value, numerator: entry.numerator, denominator: entry.denominator },
      entry.indicator,
      context,
    );
    for (const issue of found) issues.push(locateIssue({ ...entry.location, column: columnOf(entry, issue.field) }, issue));
  }

  const groups = new Map<string, FigureEntry[]>();
  for (const entry of firstRow.values()) {
    if (entry.indicator.distribution === undefined) continue;
    const key = distributionGroupKey(entry);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  for (const group of groups.values()) {
    const [first] = group as [FigureEntry, ...FigureEntry[]];
    const distribution = getDistribution(first.indicator.distribution as string);
    const given = new Map(group.map((entry) => [entry.indicator.code, entry.value]));
    const bands = distribution.bands.flatMap((band) => {
      const value = given.get(band) ?? inputs.storedBand?.(first, band);
      return value === undefined ? [] : [{ indicator: band, value }];
    });
    for (const issue of validateDistribution(bands, distribution)) {
      issues.push(locateIssue({ ...first.location, column: first.columns.value ?? null }, issue));
    }
  }
  return issues;
}
