import { createKeyLoader, createPageLoader } from '../common/loaders.js';
import { mapPages } from '../common/map-pages.js';
import { fetchPages } from '../common/page-query.js';
import type { LoaderDeps } from '../context.js';
import { TargetEntity } from './target.entity.js';
import { targetFromEntity } from './target.mapper.js';
import { targetSource, type TargetParent } from './target.queries.js';
import type { Target, TargetFilter } from './target.type.js';

/** Per-request loaders of targets by id and of the targets under plans, units and indicators. */
export function createTargetLoaders({ em, db }: LoaderDeps) {
  const under = (column: TargetParent) =>
    createPageLoader<Target, TargetFilter>(async (ids, filter, page) =>
      mapPages(await fetchPages(db, targetSource(filter, { column, ids }), page), (row) => targetFromEntity(em.map(TargetEntity, row))),
    );
  return {
    byId: createKeyLoader(async (ids) => (await em.find(TargetEntity, { id: { $in: [...ids] } })).map(targetFromEntity), (target) => target.id),
    byPlan: under('plan_id'),
    byUnit: under('unit_id'),
    byIndicator: under('indicator_code'),
  };
}
