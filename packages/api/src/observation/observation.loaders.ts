import DataLoader from 'dataloader';
import type { UnpublishedScope } from '../auth/policy.js';
import { createPageLoader, MAX_BATCH_SIZE } from '../common/loaders.js';
import { mapPages } from '../common/map-pages.js';
import { fetchPages } from '../common/page-query.js';
import type { LoaderDeps } from '../context.js';
import { TargetEntity } from '../target/target.entity.js';
import { targetFromEntity } from '../target/target.mapper.js';
import type { Target } from '../target/target.type.js';
import { keyOfObservation, observationFromRow, revisionFromRow } from './observation.mapper.js';
import { figureKeyText, observationsByKeys, observationSource, revisionSource, targetsByKeys, type FigureKey } from './observation.queries.js';
import type { Observation, ObservationFilter, ObservationRevision } from './observation.type.js';

/** The key of the figure a target is judged against. */
export const keyOfTarget = (target: Target): FigureKey => ({
  unitId: target.unitId,
  indicator: target.indicatorCode,
  level: target.level,
  period: target.period,
  disaggregationBy: target.disaggregation?.by ?? null,
  disaggregationValue: target.disaggregation?.value ?? null,
});

/** The loaders whose answers depend on who is asking: one set per scope within a request. */
function createScopedLoaders({ db }: LoaderDeps, scope: UnpublishedScope) {
  return {
    /** The figure for a key, as the caller may see it. */
    byKey: new DataLoader<FigureKey, Observation | null, string>(
      async (keys) => {
        const { rows } = await observationsByKeys(scope, keys).execute(db);
        const found = new Map(rows.map((row) => observationFromRow(row)).map((observation) => [figureKeyText(keyOfObservation(observation)), observation]));
        return keys.map((key) => found.get(figureKeyText(key)) ?? null);
      },
      { maxBatchSize: MAX_BATCH_SIZE, cacheKeyFn: figureKeyText },
    ),
    /** The figures of each unit, filtered and paged. */
    byUnit: createPageLoader<Observation, ObservationFilter>(async (unitIds, filter, page) =>
      mapPages(await fetchPages(db, observationSource(scope, filter, unitIds), page), observationFromRow),
    ),
    /** The revisions of each figure, oldest first. */
    revisions: createPageLoader<ObservationRevision>(async (observationIds, _variant, page) =>
      mapPages(await fetchPages(db, revisionSource(scope, observationIds), page), revisionFromRow),
    ),
  };
}

export type ScopedObservationLoaders = ReturnType<typeof createScopedLoaders>;

/** Per-request loaders of figures, their revisions and their targets. */
export function createObservationLoaders(deps: LoaderDeps) {
  const scoped = new Map<string, ScopedObservationLoaders>();
  return {
    /** The loaders for what a caller with this scope may see. */
    visibleTo(scope: UnpublishedScope): ScopedObservationLoaders {
      const cacheKey = JSON.stringify(scope);
      let loaders = scoped.get(cacheKey);
      if (!loaders) {
        loaders = createScopedLoaders(deps, scope);
        scoped.set(cacheKey, loaders);
      }
      return loaders;
    },
    /** The targets a figure is judged against (none, one, or two when a plan states it twice). */
    targetsByKey: new DataLoader<FigureKey, Target[], string>(
      async (keys) => {
        const { rows } = await targetsByKeys(keys).execute(deps.db);
        const byKey = new Map<string, Target[]>();
        for (const target of rows.map((row) => targetFromEntity(deps.em.map(TargetEntity, row)))) {
          const text = figureKeyText(keyOfTarget(target));
          byKey.set(text, [...(byKey.get(text) ?? []), target]);
        }
        return keys.map((key) => byKey.get(figureKeyText(key)) ?? []);
      },
      { maxBatchSize: MAX_BATCH_SIZE, cacheKeyFn: figureKeyText },
    ),
  };
}
