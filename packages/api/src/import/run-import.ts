import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { actorName, type Principal } from '../auth/principal.js';
import { recordAudit } from '../audit/record-audit.js';
import { FigureConflict, type AppliedChanges } from '../workflow/figure-conflict.js';
import { checkEntries } from './check-entries.js';
import { entryKey, figureKey, type FigureEntry } from './figure-entry.js';
import { cellIssue, hasErrors, type ImportIssue } from './import-issue.js';
import { loadFigureBatch } from './load-figure-batch.js';
import { loadUnits } from './load-stored-figures.js';
import { planChanges, writableEntries, type FigureChange } from './plan-changes.js';
import { readFigureEntries } from './read-figure-entries.js';
import { refuseNulBytes } from './nul-byte-guard.js';
import { writeFigureBatch } from './write-figure-batch.js';

/** Stages an import reports progress for: reading the file, checking rows, writing figures. */
export type ImportStage = 'read' | 'check' | 'apply';

export interface ImportRequest {
  fileName: string;
  bytes: Uint8Array;
  /** Check and preview without writing anything. */
  dryRun: boolean;
  onProgress?: (stage: ImportStage, done: number, total: number) => void;
}

export interface ImportSummary {
  rows: number;
  created: number;
  revised: number;
  unchanged: number;
  submitted: number;
}

export interface ImportResult {
  dryRun: boolean;
  /** True when the figures were written; false for a dry run or when errors stopped the import. */
  applied: boolean;
  issues: ImportIssue[];
  changes: FigureChange[];
  summary: ImportSummary;
}

/** Thrown inside the transaction to roll it back: the file had errors, or the run was a dry run. */
class Rollback extends Error {
  constructor(readonly result: ImportResult) {
    super('rollback');
  }
}

function summarise(entries: readonly FigureEntry[], changes: readonly FigureChange[]): ImportSummary {
  return {
    rows: entries.length,
    created: changes.filter((change) => change.action === 'create').length,
    revised: changes.filter((change) => change.action === 'revise').length,
    unchanged: changes.filter((change) => change.action === 'none').length,
    submitted: changes.filter((change) => change.submit).length,
  };
}

function conflictIssue(fileName: string, ids: readonly number[]): ImportIssue {
  return cellIssue('error', { sheet: fileName, kind: 'file', row: null, column: null }, 'file', 'concurrent_change',
    `số liệu (mã ${ids.join(', ')}) vừa được người khác thay đổi trong lúc nhập; không có gì được ghi, hãy nhập lại.`,
    `figures (ids ${ids.join(', ')}) were changed by someone else during the import; nothing was written, import again.`);
}

const UNIQUE_VIOLATION = '23505';

/** From this many figures a write is a bulk load: its few set-based statements each take longer than a request's. */
const LONG_BATCH = 5_000;
/** The statement time limit of a bulk load's own transaction, instead of the short one every request gets. */
const LONG_BATCH_STATEMENT_TIMEOUT = '10min';

/** How a batch of entries is written: from a file (import) or from the API (observationSave). */
export interface EntryWriteOptions {
  /** Where the entries come from: the file name, written into sources, reasons and the audit log. */
  fileName: string;
  dryRun: boolean;
  /** Changing a stored figure needs the version the caller read (the API always sends it). */
  requireVersion?: boolean;
  onProgress?: ImportRequest['onProgress'];
  /** What the audit log records as the input's fingerprint. */
  auditDetails?: Record<string, unknown>;
}

function keyOf(entry: FigureEntry, indicator = entry.indicator.code): string {
  return figureKey({
    indicator,
    unitId: entry.unitId,
    level: entry.level,
    period: entry.period,
    disaggregationBy: entry.disaggregation?.by ?? null,
    disaggregationValue: entry.disaggregation === null ? null : String(entry.disaggregation.value),
  });
}

/**
 * Writes typed entries in one transaction: each is checked by the domain rules and against what is stored, and all
 * are written only if none has an error. A dry run stops before writing and shows what would change. Figures that
 * are unchanged are left alone, so writing the same entries twice changes nothing.
 */
export async function writeEntries(em: EntityManager, principal: Principal, entries: readonly FigureEntry[], earlier: readonly ImportIssue[], options: EntryWriteOptions): Promise<ImportResult> {
  const { fileName, dryRun, onProgress } = options;
  const empty = { rows: entries.length, created: 0, revised: 0, unchanged: 0, submitted: 0 };
  const actor = actorName(principal);
  try {
    return await em.transactional(async (tx) => {
      const db = tx.getKysely<unknown>();
      if (entries.length >= LONG_BATCH) await sql`set local statement_timeout = ${sql.lit(LONG_BATCH_STATEMENT_TIMEOUT)}`.execute(db);
      const units = await loadUnits(db, entries.map((entry) => entry.unitId));
      const unitOf = (id: string) => units.get(id);
      const writable = writableEntries(entries, { principal, unitOf });
      const known = await loadFigureBatch(tx, db, writable.entries);
      const storedByKey = new Map([...known.stored].map(([entry, figure]) => [entryKey(entry), figure]));
      onProgress?.('check', 0, entries.length);
      const checkIssues = checkEntries(writable.entries, { contextOf: (entry) => known.contexts.get(entry) ?? {}, storedBand: (entry, band) => known.bands.get(keyOf(entry, band)) });
      const planned = planChanges(writable.entries, { principal, fileName, unitOf, storedOf: (key) => storedByKey.get(key), requireVersion: options.requireVersion ?? false });
      onProgress?.('check', entries.length, entries.length);
      const issues = [...earlier, ...writable.issues, ...checkIssues, ...planned.issues];
      const summary = summarise(entries, planned.changes);
      if (hasErrors(issues) || dryRun) throw new Rollback({ dryRun, applied: false, issues, changes: planned.changes, summary });
      const writes = planned.changes.filter((change) => change.action !== 'none' || change.submit);
      const applied: AppliedChanges = await writeFigureBatch(tx, db, writes, actor, (unitId) => unitOf(unitId)?.provinceId, (done, total) => onProgress?.('apply', done, total));
      if (writes.length > 0) {
        const unitIds = [...new Set(entries.map((entry) => entry.unitId))];
        await recordAudit(db, {
          actor,
          action: 'observation.write',
          subjectType: 'figures',
          subjectId: fileName,
          unitId: unitIds.length === 1 ? (unitIds[0] as string) : null,
          details: { ...options.auditDetails, ...summary, createdIds: applied.created, revisedIds: applied.revised, submittedIds: applied.submitted },
          comment: null,
        });
      }
      return { dryRun, applied: true, issues, changes: planned.changes, summary };
    });
  } catch (caught) {
    if (caught instanceof Rollback) return caught.result;
    if (caught instanceof FigureConflict) return { dryRun, applied: false, issues: [conflictIssue(fileName, caught.ids)], changes: [], summary: empty };
    if ((caught as { code?: string }).code === UNIQUE_VIOLATION) return { dryRun, applied: false, issues: [conflictIssue(fileName, [])], changes: [], summary: empty };
    throw caught;
  }
}

/**
 * Imports a filled template or CSV file: reads and types every row, then writes them with {@link writeEntries},
 * all or nothing.
 */
export async function runImport(em: EntityManager, principal: Principal, request: ImportRequest): Promise<ImportResult> {
  const { fileName, dryRun, onProgress } = request;
  const refused = refuseNulBytes(request);
  if (refused) return refused;
  onProgress?.('read', 0, 1);
  const { format, entries, issues } = await readFigureEntries(fileName, request.bytes);
  onProgress?.('read', 1, 1);
  const empty = { rows: entries.length, created: 0, revised: 0, unchanged: 0, submitted: 0 };
  if (hasErrors(issues)) return { dryRun, applied: false, issues, changes: [], summary: empty };
  if (entries.length === 0) {
    const issue = cellIssue('error', { sheet: fileName, kind: 'file', row: null, column: null }, 'file', 'no_figures',
      'tệp không có số liệu nào (các ô Giá trị, Tử số, Mẫu số đều trống).', 'the file holds no figures (every Value, Numerator and Denominator cell is empty).');
    return { dryRun, applied: false, issues: [...issues, issue], changes: [], summary: empty };
  }
  const sha256 = createHash('sha256').update(request.bytes).digest('hex');
  return writeEntries(em, principal, entries, issues, { fileName, dryRun, ...(onProgress ? { onProgress } : {}), auditDetails: { source: 'import', format, sha256 } });
}
