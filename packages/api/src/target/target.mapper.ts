import type { Disaggregation, ParsedTarget } from '@edu-vn/domain';
import type { TargetEntity } from './target.entity.js';
import type { Target } from './target.type.js';

/** The API's view of a target row. */
export function targetFromEntity(entity: TargetEntity): Target {
  return {
    id: entity.id,
    section: entity.section,
    level: entity.level,
    period: entity.period,
    comparator: entity.comparator,
    value: entity.value,
    valueMax: entity.valueMax,
    valueUnit: entity.valueUnit as ParsedTarget['unit'],
    change: entity.change as ParsedTarget['change'] | null,
    outOf: entity.outOf,
    wording: entity.wording,
    quote: entity.quote,
    disaggregation:
      entity.disaggregationBy === null ? null : { by: entity.disaggregationBy as Disaggregation['by'], value: entity.disaggregationValue ?? '' },
    note: entity.note,
    planId: entity.plan.id,
    indicatorCode: entity.indicator.code,
    unitId: entity.unit.id,
  };
}
