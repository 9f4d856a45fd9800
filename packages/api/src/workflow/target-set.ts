import { findIndicator, parseTargetPhrase, type Disaggregation, type Level, type UnitKind } from '@edu-vn/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { isAllowed } from '../auth/policy.js';
import { actorName, type Principal } from '../auth/principal.js';
import { recordAudit } from '../audit/record-audit.js';
import { mutationError, MutationRejected, type MutationError } from './mutation-error.js';
import { bumpPublicationVersion } from '../publication/bump-publication-version.js';

export interface TargetSetRequest {
  planId: string;
  section: string;
  indicator: string;
  level: Level;
  /** The target's words as the plan writes them ("trên 99%"), read by the domain's parser. */
  wording: string;
  /** The sentence the words come from; by default the words themselves. Both must be in the plan's text. */
  quote: string | null;
  disaggregation: Disaggregation | null;
  /** By default the plan's period. */
  period: string | null;
  note: string | null;
}

/** Folds what a PDF's text layer changes without changing meaning: spacing and line breaks. */
function foldSpaces(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** The id a target gets, as the domain names the plans' own targets: plan-section-indicator-level[-breakdown]. */
export function targetId(planId: string, section: string, indicator: string, level: Level, disaggregation: Disaggregation | null): string {
  const breakdown = disaggregation === null ? [] : [disaggregation.by === 'grade' ? `grade${disaggregation.value}` : String(disaggregation.value)];
  return [planId, section, indicator, level, ...breakdown].join('-');
}

/**
 * Sets a target of a plan from its own words: the domain parser reads comparator and value from the wording, which
 * must appear word for word in the plan's text. Setting it again replaces it; the audit log keeps both.
 */
export async function setTarget(em: EntityManager, principal: Principal, request: TargetSetRequest): Promise<{ id: string | null; errors: MutationError[] }> {
  const indicator = findIndicator(request.indicator);
  if (!indicator) return { id: null, errors: [mutationError(['indicator'], 'BAD_USER_INPUT', 'unknown_indicator', `không có chỉ số mã «${request.indicator}».`, `there is no indicator "${request.indicator}".`)] };
  if (!indicator.levels.includes(request.level)) {
    return { id: null, errors: [mutationError(['level'], 'BAD_USER_INPUT', 'level_not_allowed', `chỉ số «${indicator.nameVi}» không có cấp học này.`, `indicator "${indicator.nameEn}" is not reported for this level.`)] };
  }
  if (request.section.trim() === '' || request.section.length > 32) {
    return { id: null, errors: [mutationError(['section'], 'BAD_USER_INPUT', 'invalid_section', 'mục phải có từ 1 đến 32 ký tự, ví dụ «II.2.c».', 'the section must be 1 to 32 characters, e.g. "II.2.c".')] };
  }
  const parsed = parseTargetPhrase(request.wording, { direction: indicator.direction, unit: indicator.unit });
  if (!parsed.ok) return { id: null, errors: [mutationError(['wording'], 'BAD_USER_INPUT', parsed.failure.code, parsed.failure.messageVi, parsed.failure.messageEn)] };
  const target = parsed.target;
  const actor = actorName(principal);
  try {
    const id = await em.transactional(async (tx) => {
      const db = tx.getKysely<unknown>();
      const { rows: plans } = await sql<{ id: string; period: string; text: string; unit_id: string; kind: UnitKind; province_id: string }>`
        select p.id, p.period, p.text, p.unit_id, u.kind, u.province_id from plan p join admin_unit u on u.id = p.unit_id where p.id = ${request.planId}`.execute(db);
      const plan = plans[0];
      if (!plan) throw new MutationRejected([mutationError(['plan'], 'NOT_FOUND', 'unknown_plan', `không có kế hoạch «${request.planId}».`, `there is no plan "${request.planId}".`)]);
      if (!isAllowed(principal, 'target.set', { id: plan.unit_id, kind: plan.kind, provinceId: plan.province_id })) {
        throw new MutationRejected([mutationError(['plan'], 'FORBIDDEN', 'outside_unit', `bạn không có quyền đặt chỉ tiêu cho đơn vị «${plan.unit_id}».`, `you may not set targets for unit "${plan.unit_id}".`)]);
      }
      const quote = request.quote?.trim() || request.wording.trim();
      const errors: MutationError[] = [];
      if (!foldSpaces(plan.text).includes(foldSpaces(quote))) {
        errors.push(mutationError([request.quote ? 'quote' : 'wording'], 'BAD_USER_INPUT', 'not_in_plan', 'câu trích không có nguyên văn trong toàn văn kế hoạch.', 'the quoted words are not in the plan’s text as written.'));
      }
      if (!foldSpaces(quote).includes(foldSpaces(request.wording))) {
        errors.push(mutationError(['wording'], 'BAD_USER_INPUT', 'not_in_quote', 'cụm từ chỉ tiêu không nằm trong câu trích.', 'the wording is not part of the quoted sentence.'));
      }
      if (errors.length > 0) throw new MutationRejected(errors);
      const id = targetId(plan.id, request.section.trim(), indicator.code, request.level, request.disaggregation);
      if (id.length > 128) throw new MutationRejected([mutationError(['section'], 'BAD_USER_INPUT', 'id_too_long', 'mục quá dài.', 'the section is too long.')]);
      const { rows: before } = await sql<Record<string, unknown>>`select comparator, value, value_max, wording from target where id = ${id} for update`.execute(db);
      const period = request.period ?? plan.period;
      const by = request.disaggregation?.by ?? null;
      const value = request.disaggregation === null ? null : String(request.disaggregation.value);
      await sql`insert into target (id, plan_id, position, section, indicator_code, level, period, unit_id, comparator, value, value_max, value_unit, change, out_of,
          wording, quote, disaggregation_by, disaggregation_value, note)
        values (${id}, ${plan.id}, (select coalesce(max(position), -1) + 1 from target where plan_id = ${plan.id}), ${request.section.trim()}, ${indicator.code},
          ${request.level}, ${period}, ${plan.unit_id}, ${target.comparator}, ${target.value}, ${target.valueMax ?? null}, ${target.unit}, ${target.change ?? null},
          ${target.outOf ?? null}, ${request.wording.trim()}, ${quote}, ${by}, ${value}, ${request.note})
        on conflict (id) do update set comparator = excluded.comparator, value = excluded.value, value_max = excluded.value_max, value_unit = excluded.value_unit,
          change = excluded.change, out_of = excluded.out_of, wording = excluded.wording, quote = excluded.quote, period = excluded.period, note = excluded.note`.execute(db);
      await bumpPublicationVersion(db);
      await recordAudit(db, {
        actor,
        action: 'target.set',
        subjectType: 'target',
        subjectId: id,
        unitId: plan.unit_id,
        details: { before: before[0] ?? null, after: { comparator: target.comparator, value: target.value, value_max: target.valueMax ?? null, wording: request.wording.trim() } },
        comment: null,
      });
      return id;
    });
    return { id, errors: [] };
  } catch (caught) {
    if (caught instanceof MutationRejected) return { id: null, errors: caught.errors };
    throw caught;
  }
}
