import { DomainError, parsePeriod, type UnitKind } from '@edu-vn/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { isAllowed } from '../auth/policy.js';
import { actorName, type Principal } from '../auth/principal.js';
import { recordAudit } from '../audit/record-audit.js';
import { mutationError, MutationRejected, type MutationError } from './mutation-error.js';
import { bumpPublicationVersion } from '../publication/bump-publication-version.js';

export interface PlanCreateRequest {
  unitId: string;
  period: string;
  number: string | null;
  title: string;
  issuer: string;
  issuedOn: string | null;
  signerName: string | null;
  signerTitle: string | null;
  theme: string | null;
  source: string;
  /** The document's full text: the targets set on the plan are checked against it word for word. */
  text: string;
}

function required(field: keyof PlanCreateRequest, value: string, errors: MutationError[], vi: string, en: string): void {
  if (value.trim() === '') errors.push(mutationError([field], 'BAD_USER_INPUT', 'required', `cần ${vi}.`, `the ${en} is required.`));
}

/**
 * Creates a plan document for a district, with the next free numeric id after the plans already stored ("005",
 * "006"…). The district's own office may create it, or an administrator.
 */
export async function createPlan(em: EntityManager, principal: Principal, request: PlanCreateRequest): Promise<{ id: string | null; errors: MutationError[] }> {
  const errors: MutationError[] = [];
  required('title', request.title, errors, 'tên kế hoạch', 'title');
  required('issuer', request.issuer, errors, 'cơ quan ban hành', 'issuer');
  required('source', request.source, errors, 'nguồn văn bản', 'source');
  required('text', request.text, errors, 'toàn văn kế hoạch', 'full text');
  try {
    parsePeriod(request.period);
  } catch (caught) {
    if (!(caught instanceof DomainError)) throw caught;
    errors.push(mutationError(['period'], 'BAD_USER_INPUT', caught.code, caught.messageVi, caught.messageEn));
  }
  if (errors.length > 0) return { id: null, errors };
  const actor = actorName(principal);
  try {
    const id = await em.transactional(async (tx) => {
      const db = tx.getKysely<unknown>();
      const { rows: units } = await sql<{ id: string; kind: UnitKind; province_id: string }>`select id, kind, province_id from admin_unit where id = ${request.unitId}`.execute(db);
      const unit = units[0];
      if (!unit) throw new MutationRejected([mutationError(['unit'], 'NOT_FOUND', 'unknown_unit', `không có đơn vị «${request.unitId}».`, `there is no unit "${request.unitId}".`)]);
      if (!isAllowed(principal, 'plan.create', { id: unit.id, kind: unit.kind, provinceId: unit.province_id })) {
        throw new MutationRejected([mutationError(['unit'], 'FORBIDDEN', 'outside_unit', `bạn không có quyền tạo kế hoạch cho đơn vị «${unit.id}».`, `you may not create plans for unit "${unit.id}".`)]);
      }
      await sql`lock table plan in share row exclusive mode`.execute(db);
      const { rows } = await sql<{ next: string }>`select lpad((coalesce(max(id::int), -1) + 1)::text, 3, '0') as next from plan where id ~ '^[0-9]{1,9}$'`.execute(db);
      const next = (rows[0] as { next: string }).next;
      await sql`insert into plan (id, number, title, issuer, unit_id, issued_on, signer_name, signer_title, period, theme, source, text)
        values (${next}, ${request.number}, ${request.title.trim()}, ${request.issuer.trim()}, ${unit.id}, ${request.issuedOn}::date, ${request.signerName},
          ${request.signerTitle}, ${request.period}, ${request.theme}, ${request.source.trim()}, ${request.text})`.execute(db);
      await bumpPublicationVersion(db);
      await recordAudit(db, { actor, action: 'plan.create', subjectType: 'plan', subjectId: next, unitId: unit.id, details: { title: request.title, period: request.period, number: request.number }, comment: null });
      return next;
    });
    return { id, errors: [] };
  } catch (caught) {
    if (caught instanceof MutationRejected) return { id: null, errors: caught.errors };
    throw caught;
  }
}
