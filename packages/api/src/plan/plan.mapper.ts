import type { PlanDeadlineEntity } from './plan-deadline.entity.js';
import type { PlanTaskGroupEntity } from './plan-task-group.entity.js';
import type { PlanEntity } from './plan.entity.js';
import type { Deadline, Plan, TaskGroup } from './plan.type.js';

/** The API's view of a plan row (without its full text, which has its own loader). */
export function planFromEntity(entity: PlanEntity): Plan {
  return {
    id: entity.id,
    number: entity.number,
    title: entity.title,
    issuer: entity.issuer,
    issuedOn: entity.issuedOn,
    signer: entity.signerName === null ? null : { name: entity.signerName, title: entity.signerTitle ?? '' },
    period: entity.period,
    theme: entity.theme,
    source: entity.source,
    unitId: entity.unit.id,
  };
}

/** The API's view of a task group row. */
export function taskGroupFromEntity(entity: PlanTaskGroupEntity): TaskGroup {
  return { section: entity.section, titleVi: entity.titleVi, summaryVi: entity.summaryVi };
}

/** The API's view of a deadline row. */
export function deadlineFromEntity(entity: PlanDeadlineEntity): Deadline {
  return {
    section: entity.section,
    descriptionVi: entity.descriptionVi,
    descriptionEn: entity.descriptionEn,
    due: {
      kind: entity.dueKind,
      date: entity.dueDate,
      day: entity.dueDay,
      month: entity.dueMonth,
      eventVi: entity.dueEventVi,
      eventEn: entity.dueEventEn,
      before: entity.dueBefore,
    },
    reporter: entity.reporter,
    recipient: entity.recipient,
  };
}
