import { compareLevels, summariseAttainments, type Level } from '@edu-vn/domain';
import type { Context } from '../context.js';
import { noticeFor } from '../observation/illustrative-notice.js';
import { keyOfTarget } from '../observation/observation.loaders.js';
import { viewerScope } from '../observation/observation-visibility.js';
import { TargetEntity } from '../target/target.entity.js';
import { targetFromEntity } from '../target/target.mapper.js';
import type { Unit } from '../unit/unit.type.js';
import { judgeTarget } from './judge-target.js';
import type { Scorecard, ScorecardEntry } from './scorecard.type.js';

/** Every target the unit set for the period, with its figure and attainment, grouped by level: three statements in all. */
export async function buildScorecard(ctx: Context, unit: Unit, period: string): Promise<Scorecard> {
  const entities = await ctx.em.find(TargetEntity, { unit: unit.id, period }, { orderBy: { plan: 'asc', position: 'asc' } });
  const targets = entities.map(targetFromEntity);
  const loaders = ctx.loaders.observation.visibleTo(viewerScope(ctx));
  const [actuals, indicators] = await Promise.all([
    Promise.all(targets.map((target) => loaders.byKey.load(keyOfTarget(target)))),
    Promise.all(targets.map((target) => ctx.loaders.indicator.byCode.load(target.indicatorCode))),
  ]);
  const entries: (ScorecardEntry & { level: Level })[] = targets.map((target, index) => {
    const actual = actuals[index] ?? null;
    const indicator = indicators[index];
    if (!indicator) throw new Error(`target ${target.id} refers to missing indicator ${target.indicatorCode}`);
    return { level: target.level, target, actual, attainment: judgeTarget(target, actual, indicator) };
  });
  const levels = [...new Set(entries.map((entry) => entry.level))].sort(compareLevels).map((level) => {
    const inLevel = entries.filter((entry) => entry.level === level);
    return {
      level,
      summary: summariseAttainments(inLevel.map((entry) => entry.attainment)),
      entries: inLevel.map(({ target, actual, attainment }) => ({ target, actual, attainment })),
    };
  });
  const illustrative = entries.some((entry) => entry.actual?.illustrative === true);
  return {
    unit,
    period,
    summary: summariseAttainments(entries.map((entry) => entry.attainment)),
    levels,
    illustrative,
    notice: noticeFor(illustrative),
  };
}
