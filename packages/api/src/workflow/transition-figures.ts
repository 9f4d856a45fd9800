import { DomainError, OBSERVATION_STATUS_LABELS, statusAfter, transition, type ObservationAction } from '@edu-vn/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isAllowed, type Operation } from '../auth/policy.js';
import { actorName, type Principal } from '../auth/principal.js';
import { recordChanges } from '../feed/record-changes.js';
import { cancelReleases, publishFigures, scheduleReleases, setFigureStatus } from './figure-status-sql.js';
import { lockFigures, type LockedFigure } from './locked-figure.js';
import { mutationError, MutationRejected, type MutationError } from './mutation-error.js';

/** A figure to move, with the version the caller last saw: a newer version means someone else changed it first. */
export interface TransitionItem {
  id: number;
  version: number;
}

export interface TransitionRequest {
  action: ObservationAction;
  items: readonly TransitionItem[];
  /** Required to return a figure: what the district must look at. */
  comment?: string | null;
  /** For publish: a time in the future schedules the publication instead. */
  publishAt?: Date | null;
}

const OPERATION: Readonly<Record<ObservationAction, Operation>> = {
  submit: 'observation.submit',
  approve: 'observation.approve',
  return: 'observation.return',
  publish: 'observation.publish',
};

/** The largest batch one request may move, so a single statement handles it. */
export const MAX_BATCH = 1000;

function checkItem(principal: Principal, request: TransitionRequest, item: TransitionItem, index: number, figure: LockedFigure | undefined): MutationError | null {
  const canSee = figure !== undefined && (figure.publishedRevision !== null || isAllowed(principal, 'observation.read_unpublished', figure.unit));
  if (!figure || !canSee) {
    return mutationError(['items', index, 'id'], 'NOT_FOUND', 'unknown_figure', `không có số liệu mã ${item.id}.`, `there is no figure ${item.id}.`);
  }
  if (!isAllowed(principal, OPERATION[request.action], figure.unit)) {
    return mutationError(['items', index, 'id'], 'FORBIDDEN', 'outside_unit', `bạn không có quyền thao tác này với số liệu của đơn vị «${figure.unit.id}».`,
      `you may not do this to figures of unit "${figure.unit.id}".`);
  }
  if (figure.version !== item.version) {
    return mutationError(['items', index, 'version'], 'CONFLICT', 'stale_version',
      `số liệu ${item.id} đã được người khác thay đổi (phiên bản ${figure.version}, bạn gửi ${item.version}); hãy tải lại rồi thử lại.`,
      `figure ${item.id} was changed by someone else (version ${figure.version}, you sent ${item.version}); reload and try again.`);
  }
  const to = statusAfter(figure.status, request.action);
  if (to === null) {
    const labels = OBSERVATION_STATUS_LABELS[figure.status];
    return mutationError(['items', index, 'id'], 'INVALID_TRANSITION', 'invalid_status_transition',
      `số liệu ${item.id} đang ở bước «${labels.vi}», không thể «${request.action}».`, `figure ${item.id} is "${labels.en}" and cannot be "${request.action}".`);
  }
  try {
    transition(figure, to);
  } catch (caught) {
    if (!(caught instanceof DomainError)) throw caught;
    return mutationError(['items', index, 'id'], 'INVALID_TRANSITION', caught.code, caught.messageVi, caught.messageEn);
  }
  return null;
}

function checkRequest(request: TransitionRequest): MutationError[] {
  const errors: MutationError[] = [];
  if (request.items.length === 0) errors.push(mutationError(['items'], 'BAD_USER_INPUT', 'empty_batch', 'cần ít nhất một số liệu.', 'give at least one figure.'));
  if (request.items.length > MAX_BATCH) {
    errors.push(mutationError(['items'], 'BAD_USER_INPUT', 'batch_too_large', `tối đa ${MAX_BATCH} số liệu mỗi lần.`, `at most ${MAX_BATCH} figures at once.`));
  }
  const seen = new Set<number>();
  request.items.forEach((item, index) => {
    if (seen.has(item.id)) errors.push(mutationError(['items', index, 'id'], 'BAD_USER_INPUT', 'duplicate_figure', `số liệu ${item.id} được gửi hai lần.`, `figure ${item.id} is given twice.`));
    seen.add(item.id);
  });
  if (request.action === 'return' && !request.comment?.trim()) {
    errors.push(mutationError(['comment'], 'BAD_USER_INPUT', 'comment_required', 'trả lại số liệu cần ghi nhận xét cho Phòng.', 'returning a figure needs a comment for the district.'));
  }
  return errors;
}

/**
 * Moves a batch of figures one step (submit, approve, return, publish) in one transaction: every figure moves or
 * none does. Each is checked for existence, the caller's right over its unit, the version the caller saw and the
 * domain's transition rule. A publication with a future time is scheduled instead.
 */
export async function transitionFigures(em: EntityManager, principal: Principal, request: TransitionRequest, now: Date = new Date()): Promise<{ ids: number[]; errors: MutationError[] }> {
  const requestErrors = checkRequest(request);
  if (requestErrors.length > 0) return { ids: [], errors: requestErrors };
  const ids = request.items.map((item) => item.id);
  const actor = actorName(principal);
  const comment = request.comment?.trim() || null;
  try {
    await em.transactional(async (tx) => {
      const db = tx.getKysely<unknown>();
      const figures = await lockFigures(db, ids);
      const errors = request.items.flatMap((item, index) => checkItem(principal, request, item, index, figures.get(item.id)) ?? []);
      if (errors.length > 0) throw new MutationRejected(errors);
      const notes = ids.map((observationId) => ({ observationId, comment }));
      switch (request.action) {
        case 'submit':
          await setFigureStatus(db, ids, 'submitted');
          await recordChanges(db, 'submitted', actor, notes);
          break;
        case 'approve':
          await setFigureStatus(db, ids, 'approved');
          await recordChanges(db, 'approved', actor, notes);
          break;
        case 'return':
          await cancelReleases(db, ids);
          await setFigureStatus(db, ids, 'draft');
          await recordChanges(db, 'returned', actor, notes);
          break;
        case 'publish':
          if (request.publishAt && request.publishAt.getTime() > now.getTime()) {
            await scheduleReleases(db, ids, request.publishAt, actor);
            await recordChanges(db, 'scheduled', actor, notes, request.publishAt);
          } else {
            await publishFigures(db, ids);
            await recordChanges(db, 'published', actor, notes);
          }
          break;
      }
    });
  } catch (caught) {
    if (caught instanceof MutationRejected) return { ids: [], errors: caught.errors };
    throw caught;
  }
  return { ids, errors: [] };
}
