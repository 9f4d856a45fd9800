import { createKeyLoader, createPageLoader } from '../common/loaders.js';
import { mapPages } from '../common/map-pages.js';
import { fetchPages } from '../common/page-query.js';
import type { LoaderDeps } from '../context.js';
import { PlanDeadlineEntity } from './plan-deadline.entity.js';
import { PlanTaskGroupEntity } from './plan-task-group.entity.js';
import { PlanEntity } from './plan.entity.js';
import { deadlineFromEntity, planFromEntity, taskGroupFromEntity } from './plan.mapper.js';
import { planChildrenSource, plansOfUnitsSource, planTextsQuery } from './plan.queries.js';

/** Per-request loaders of plans, their texts, task groups and deadlines, and the plans of units. */
export function createPlanLoaders({ em, db }: LoaderDeps) {
  return {
    byId: createKeyLoader(async (ids) => (await em.find(PlanEntity, { id: { $in: [...ids] } })).map(planFromEntity), (plan) => plan.id),
    text: createKeyLoader(async (ids) => (await planTextsQuery(ids).execute(db)).rows, (row) => row.id),
    byUnit: createPageLoader(async (ids, _variant: null, page) =>
      mapPages(await fetchPages(db, plansOfUnitsSource(ids), page), (row) => planFromEntity(em.map(PlanEntity, row))),
    ),
    taskGroups: createPageLoader(async (ids, _variant: null, page) =>
      mapPages(await fetchPages(db, planChildrenSource('plan_task_group', ids), page), (row) => taskGroupFromEntity(em.map(PlanTaskGroupEntity, row))),
    ),
    deadlines: createPageLoader(async (ids, _variant: null, page) =>
      mapPages(await fetchPages(db, planChildrenSource('plan_deadline', ids), page), (row) => deadlineFromEntity(em.map(PlanDeadlineEntity, row))),
    ),
  };
}
