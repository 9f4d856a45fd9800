import { DomainError, reviseObservation, type ObservationRevision, type ObservationStatus } from '@edu-vn/domain';
import { isAllowed } from '../auth/policy.js';
import type { Principal, UnitRef } from '../auth/principal.js';
import { entryKey, type FigureEntry } from './figure-entry.js';
import { cellIssue, type ImportIssue } from './import-issue.js';

/** A figure already in the database, with its revisions (oldest first) for the domain's correction rule. */
export interface StoredFigure {
  id: number;
  version: number;
  status: ObservationStatus;
  value: number;
  numerator: number | null;
  denominator: number | null;
  source: string;
  revision: number;
  history: readonly ObservationRevision[];
}

/** What an import does to one figure: create it, add a revision, or leave its value alone; and maybe submit it. */
export interface FigureChange {
  entry: FigureEntry;
  stored: StoredFigure | null;
  action: 'create' | 'revise' | 'none';
  /** The figure moves from draft to submitted. */
  submit: boolean;
  /** For a revision: its number and why it was made. */
  revision: number;
  reason: string | null;
  source: string;
}

export interface PlanInputs {
  principal: Principal;
  fileName: string;
  unitOf: (unitId: string) => UnitRef | undefined;
  storedOf: (key: string) => StoredFigure | undefined;
  /** Changing a stored figure needs the version it was read at (the API); a file may leave it out. */
  requireVersion?: boolean;
}

/** Two numbers are the same figure when they agree to a billionth: what a round trip through Excel preserves. */
function same(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
}

/** The entry says what is stored already: importing it changes nothing. */
export function sameFigure(entry: FigureEntry, stored: Omit<StoredFigure, 'history'>): boolean {
  return (
    same(entry.value, stored.value) &&
    same(entry.numerator, stored.numerator) &&
    same(entry.denominator, stored.denominator) &&
    (entry.source === null || entry.source === stored.source)
  );
}

/** The file's name as the source of new figures that leave the source column empty. */
export function importedSource(fileName: string): string {
  return `Nhập từ tệp «${fileName}» / Imported from "${fileName}"`;
}

function defaultReason(fileName: string): string {
  return `Nhập lại từ tệp «${fileName}» / Re-imported from "${fileName}"`;
}

function checkUnit(entry: FigureEntry, inputs: Pick<PlanInputs, 'principal' | 'unitOf'>, issues: ImportIssue[]): UnitRef | null {
  const unit = inputs.unitOf(entry.unitId);
  const location = { ...entry.location, column: entry.columns.unit ?? null };
  if (!unit) {
    issues.push(cellIssue('error', location, 'unit', 'unknown_unit', `không có đơn vị mã «${entry.unitId}».`, `there is no unit "${entry.unitId}".`));
    return null;
  }
  if (!isAllowed(inputs.principal, 'observation.write', unit)) {
    issues.push(
      cellIssue('error', location, 'unit', 'forbidden_unit', `bạn không có quyền nhập số liệu cho đơn vị «${entry.unitId}».`, `you may not enter figures for unit "${entry.unitId}".`),
    );
    return null;
  }
  return unit;
}

/**
 * Keeps the entries of units the caller may write, before anything stored about them is read: a refused entry gets
 * only its access issue, so no figure of a unit the caller may not see reaches a warning or an error.
 */
export function writableEntries(entries: readonly FigureEntry[], inputs: Pick<PlanInputs, 'principal' | 'unitOf'>): { entries: FigureEntry[]; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  return { entries: entries.filter((entry) => checkUnit(entry, inputs, issues) !== null), issues };
}

function checkAccess(entry: FigureEntry, inputs: PlanInputs, issues: ImportIssue[]): boolean {
  const unit = checkUnit(entry, inputs, issues);
  if (!unit) return false;
  if (entry.submit && !isAllowed(inputs.principal, 'observation.submit', unit)) {
    issues.push(
      cellIssue('error', { ...entry.location, column: entry.columns.status ?? null }, 'status', 'forbidden_submit',
        `bạn không có quyền gửi duyệt số liệu của đơn vị «${entry.unitId}».`, `you may not submit figures of unit "${entry.unitId}".`),
    );
    return false;
  }
  return true;
}

function staleVersion(entry: FigureEntry, stored: StoredFigure): ImportIssue {
  const location = { ...entry.location, column: entry.columns.version ?? entry.columns.value ?? null };
  return entry.version === null
    ? cellIssue('error', location, 'version', 'version_required', `số liệu này đã có (phiên bản ${stored.version}); hãy gửi kèm phiên bản đã đọc.`,
        `this figure exists already (version ${stored.version}); send the version you read with it.`)
    : cellIssue('error', location, 'version', 'stale_version',
        `số liệu đã được người khác thay đổi sau khi bạn lấy tệp (phiên bản ${stored.version}, tệp ghi ${entry.version}); hãy tải biểu mới và nhập lại.`,
        `the figure was changed by someone else after you got this file (version ${stored.version}, the file has ${entry.version}); download a new template and enter it again.`);
}

function withoutNull(value: number | null): number | undefined {
  return value === null ? undefined : value;
}

/**
 * Decides what importing each figure does. An unchanged figure is left alone, so importing the same file twice changes
 * nothing; a changed one gets a new revision by the domain's rule (a reason is needed once it has left the draft).
 */
export function planChanges(entries: readonly FigureEntry[], inputs: PlanInputs): { changes: FigureChange[]; issues: ImportIssue[] } {
  const changes: FigureChange[] = [];
  const issues: ImportIssue[] = [];
  for (const entry of entries) {
    if (!checkAccess(entry, inputs, issues)) continue;
    const stored = inputs.storedOf(entryKey(entry)) ?? null;
    if (!stored) {
      changes.push({ entry, stored, action: 'create', submit: entry.submit, revision: 1, reason: null, source: entry.source ?? importedSource(inputs.fileName) });
      continue;
    }
    if (sameFigure(entry, stored)) {
      changes.push({ entry, stored, action: 'none', submit: entry.submit && stored.status === 'draft', revision: stored.revision, reason: null, source: stored.source });
      continue;
    }
    if (entry.version === null ? inputs.requireVersion === true : entry.version !== stored.version) {
      issues.push(staleVersion(entry, stored));
      continue;
    }
    const reason = entry.reason ?? (stored.status === 'draft' ? defaultReason(inputs.fileName) : '');
    try {
      const history = reviseObservation(
        stored.history,
        {
          value: entry.value,
          numerator: withoutNull(entry.numerator),
          denominator: withoutNull(entry.denominator),
          ...(entry.source === null ? {} : { source: entry.source }),
        },
        reason,
      );
      const next = history.at(-1) as ObservationRevision;
      changes.push({ entry, stored, action: 'revise', submit: entry.submit, revision: next.revision, reason: next.reason, source: next.source });
    } catch (caught) {
      if (!(caught instanceof DomainError)) throw caught;
      const column = caught.code === 'reason_required' ? 'reason' : 'value';
      issues.push(cellIssue('error', { ...entry.location, column: entry.columns[column] ?? null }, column, caught.code, lowerFirst(caught.messageVi), lowerFirst(caught.messageEn)));
    }
  }
  return { changes, issues };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
