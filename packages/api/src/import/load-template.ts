import { DomainError, INDICATORS, LEVELS, parsePeriod, type Disaggregation, type Level, type ObservationStatus, type UnitKind } from '@edu-vn/domain';
import { sql, type Kysely } from 'kysely';
import type { UnitRef } from '../auth/principal.js';
import type { TemplateRequest } from './build-template.js';
import { disaggregationFromColumns } from './disaggregation-label.js';

/** Sheets a template gets when the district has neither targets nor figures for the period. */
const DEFAULT_LEVELS: readonly Level[] = ['mam_non', 'tieu_hoc', 'thcs'];

/** Why a template cannot be made, in both languages. */
export class TemplateRequestError extends Error {
  constructor(
    readonly status: 400 | 404,
    readonly messageVi: string,
    readonly messageEn: string,
  ) {
    super(`${messageVi} / ${messageEn}`);
  }
}

/** The unit a template is for, with what the policy needs. */
export async function loadTemplateUnit(db: Kysely<unknown>, unitId: string): Promise<UnitRef & { name: string }> {
  const { rows } = await sql<{ id: string; name: string; kind: UnitKind; province_id: string }>`select id, name, kind, province_id from admin_unit where id = ${unitId}`.execute(db);
  const unit = rows[0];
  if (!unit) throw new TemplateRequestError(404, `Không có đơn vị «${unitId}»`, `There is no unit "${unitId}"`);
  return { id: unit.id, name: unit.name, kind: unit.kind, provinceId: unit.province_id };
}

/**
 * What the template of a unit and period holds: the catalogue's indicators, the unit's targets for the period in
 * their own words, and its figures as they stand (so a downloaded file can be edited and imported again).
 */
export async function loadTemplateRequest(db: Kysely<unknown>, unit: { id: string; name: string }, period: string, levels: readonly string[], now: Date = new Date()): Promise<TemplateRequest> {
  try {
    parsePeriod(period);
  } catch (caught) {
    if (caught instanceof DomainError) throw new TemplateRequestError(400, caught.messageVi, caught.messageEn);
    throw caught;
  }
  const unknown = levels.filter((level) => !(LEVELS as readonly string[]).includes(level));
  if (unknown.length > 0) throw new TemplateRequestError(400, `Không có cấp học «${unknown.join(', ')}»`, `Unknown level "${unknown.join(', ')}"`);
  const { rows: targets } = await sql<{ indicator_code: string; level: Level; disaggregation_by: string | null; disaggregation_value: string | null; wording: string }>`
    select indicator_code, level, disaggregation_by, disaggregation_value, wording from target where unit_id = ${unit.id} and period = ${period} order by plan_id, position`.execute(db);
  const { rows: figures } = await sql<{ indicator_code: string; level: Level; disaggregation_by: string | null; disaggregation_value: string | null; value: number; numerator: number | null; denominator: number | null; source: string; status: ObservationStatus; version: number; illustrative: boolean }>`
    select indicator_code, level, disaggregation_by, disaggregation_value, value, numerator, denominator, source, status, version, illustrative
    from observation where unit_id = ${unit.id} and period = ${period}`.execute(db);
  const used = new Set<string>([...targets.map((target) => target.level), ...figures.map((figure) => figure.level)]);
  const chosen = levels.length > 0 ? (levels as Level[]) : LEVELS.filter((level) => used.has(level));
  const disaggregation = (row: { disaggregation_by: string | null; disaggregation_value: string | null }): Disaggregation | null => disaggregationFromColumns(row.disaggregation_by, row.disaggregation_value);
  return {
    unit,
    period,
    levels: chosen.length > 0 ? chosen : DEFAULT_LEVELS,
    indicators: INDICATORS,
    targets: targets.map((target) => ({ indicator: target.indicator_code, level: target.level, disaggregation: disaggregation(target), wording: target.wording })),
    figures: figures.map((figure) => ({
      indicator: figure.indicator_code,
      level: figure.level,
      disaggregation: disaggregation(figure),
      value: figure.value,
      numerator: figure.numerator,
      denominator: figure.denominator,
      source: figure.source,
      status: figure.status,
      version: figure.version,
      illustrative: figure.illustrative,
    })),
    generatedAt: now,
  };
}
