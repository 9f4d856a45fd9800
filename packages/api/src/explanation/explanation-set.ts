import { evaluateAttainment, type AttainmentStatus, type Comparator, type Direction, type UnitKind } from '@edu-vn/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { isAllowed } from '../auth/policy.js';
import { actorName, type Principal } from '../auth/principal.js';
import { recordAudit } from '../audit/record-audit.js';
import { mutationError, MutationRejected, type MutationError } from '../workflow/mutation-error.js';
import { bumpPublicationVersion } from '../publication/bump-publication-version.js';

export interface ExplanationSetRequest {
  targetId: string;
  cause: string;
  remedy: string;
  /** The version read, to change an explanation already recorded. */
  version: number | null;
}

interface TargetRow {
  id: string;
  unit_id: string;
  kind: UnitKind;
  province_id: string;
  comparator: Comparator;
  value: number;
  value_max: number | null;
  direction: Direction;
  distribution: string | null;
  observed: number | null;
  explanation_version: number | null;
}

const MAX_TEXT = 4000;

/** Why a target that is not missed cannot be explained, in both languages. */
function notExplainable(status: Exclude<AttainmentStatus, 'not_met'>): MutationError {
  switch (status) {
    case 'met':
      return mutationError(['target'], 'BAD_USER_INPUT', 'target_met', 'chỉ tiêu đã đạt, không cần giải trình.', 'the target is met; there is nothing to explain.');
    case 'no_data':
      return mutationError(['target'], 'BAD_USER_INPUT', 'no_data', 'chưa có số liệu để biết chỉ tiêu có đạt hay không.', 'there is no figure yet to tell whether the target is met.');
    case 'not_assessed':
      return mutationError(
        ['target'],
        'BAD_USER_INPUT',
        'not_assessed',
        'chỉ tiêu là một mức ở giữa của phân bố, không đánh giá riêng, không cần giải trình.',
        'the target is a middle band of a distribution, not assessed on its own; there is nothing to explain.',
      );
  }
}

/**
 * Records why a target was not met and what the district will do about it. Only a target the district's current
 * figure misses (by the domain's attainment rule) can be explained; the explanation is public once the figure is.
 */
export async function setExplanation(em: EntityManager, principal: Principal, request: ExplanationSetRequest): Promise<{ id: number | null; errors: MutationError[] }> {
  const errors: MutationError[] = [];
  for (const [field, text, vi, en] of [['cause', request.cause, 'nguyên nhân', 'cause'], ['remedy', request.remedy, 'giải pháp khắc phục', 'remedy']] as const) {
    if (text.trim() === '') errors.push(mutationError([field], 'BAD_USER_INPUT', 'required', `cần ghi ${vi}.`, `the ${en} is required.`));
    if (text.length > MAX_TEXT) errors.push(mutationError([field], 'BAD_USER_INPUT', 'too_long', `${vi} dài quá ${MAX_TEXT} ký tự.`, `the ${en} is longer than ${MAX_TEXT} characters.`));
  }
  if (errors.length > 0) return { id: null, errors };
  const actor = actorName(principal);
  try {
    const id = await em.transactional(async (tx) => {
      const db = tx.getKysely<unknown>();
      const { rows } = await sql<TargetRow>`select t.id, t.unit_id, u.kind, u.province_id, t.comparator, t.value, t.value_max, i.direction, i.distribution, o.value as observed,
          e.version as explanation_version
        from target t join admin_unit u on u.id = t.unit_id join indicator i on i.code = t.indicator_code
        left join observation o on o.unit_id = t.unit_id and o.indicator_code = t.indicator_code and o.level = t.level and o.period = t.period
          and o.disaggregation_by is not distinct from t.disaggregation_by and o.disaggregation_value is not distinct from t.disaggregation_value
        left join target_explanation e on e.target_id = t.id
        where t.id = ${request.targetId}
        for update of t`.execute(db);
      const target = rows[0];
      if (!target) throw new MutationRejected([mutationError(['target'], 'NOT_FOUND', 'unknown_target', `không có chỉ tiêu «${request.targetId}».`, `there is no target "${request.targetId}".`)]);
      if (!isAllowed(principal, 'explanation.write', { id: target.unit_id, kind: target.kind, provinceId: target.province_id })) {
        throw new MutationRejected([mutationError(['target'], 'FORBIDDEN', 'outside_unit', `bạn không có quyền giải trình cho đơn vị «${target.unit_id}».`, `you may not explain targets of unit "${target.unit_id}".`)]);
      }
      const attainment = evaluateAttainment(
        { comparator: target.comparator, value: target.value, ...(target.value_max === null ? {} : { valueMax: target.value_max }) },
        target.observed === null ? null : { value: target.observed },
        { direction: target.direction, distribution: target.distribution },
      );
      if (attainment.status !== 'not_met') throw new MutationRejected([notExplainable(attainment.status)]);
      if (target.explanation_version !== null && request.version !== target.explanation_version) {
        throw new MutationRejected([
          mutationError(['version'], 'CONFLICT', request.version === null ? 'version_required' : 'stale_version',
            `giải trình đã có (phiên bản ${target.explanation_version}); hãy gửi kèm phiên bản đã đọc mới nhất.`,
            `an explanation exists (version ${target.explanation_version}); send the latest version you read.`),
        ]);
      }
      // The district's own words replace an illustrative explanation, and its English text, which no longer matches.
      const { rows: saved } = await sql<{ id: number }>`insert into target_explanation (target_id, cause, remedy, cause_en, remedy_en, illustrative, recorded_by, recorded_at, version)
        values (${target.id}, ${request.cause.trim()}, ${request.remedy.trim()}, null, null, false, ${actor}, now(), 1)
        on conflict (target_id) do update set cause = excluded.cause, remedy = excluded.remedy, cause_en = null, remedy_en = null, illustrative = false,
          recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at, version = target_explanation.version + 1
        returning id`.execute(db);
      await bumpPublicationVersion(db);
      await recordAudit(db, { actor, action: 'explanation.set', subjectType: 'target', subjectId: target.id, unitId: target.unit_id, details: { cause: request.cause.trim(), remedy: request.remedy.trim() }, comment: null });
      return (saved[0] as { id: number }).id;
    });
    return { id, errors: [] };
  } catch (caught) {
    if (caught instanceof MutationRejected) return { id: null, errors: caught.errors };
    throw caught;
  }
}
