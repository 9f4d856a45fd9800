import DataLoader from 'dataloader';
import { sql } from 'kysely';
import { MAX_BATCH_SIZE } from '../common/loaders.js';
import type { LoaderDeps } from '../context.js';
import type { TargetExplanation } from './explanation.type.js';

/** An explanation with what decides who may read it: its unit, province, and whether its figure's current revision is public. */
export interface ExplanationRow extends TargetExplanation {
  unitId: string;
  provinceId: string;
  figurePublished: boolean;
}

/** Per-request loader of each target's explanation, in one statement per batch. */
export function createExplanationLoaders({ db }: LoaderDeps) {
  return {
    byTarget: new DataLoader<string, ExplanationRow | null>(
      async (targetIds) => {
        const { rows } = await sql<{
          target_id: string;
          cause: string;
          remedy: string;
          cause_en: string | null;
          remedy_en: string | null;
          illustrative: boolean;
          recorded_at: Date;
          version: number;
          unit_id: string;
          province_id: string;
          published: boolean;
        }>`
          select e.target_id, e.cause, e.remedy, e.cause_en, e.remedy_en, e.illustrative, e.recorded_at, e.version, t.unit_id, u.province_id,
            exists (select 1 from observation o where o.unit_id = t.unit_id and o.indicator_code = t.indicator_code and o.level = t.level and o.period = t.period
              and o.disaggregation_by is not distinct from t.disaggregation_by and o.disaggregation_value is not distinct from t.disaggregation_value
              and o.status = 'published') as published
          from target_explanation e join target t on t.id = e.target_id join admin_unit u on u.id = t.unit_id
          where e.target_id = any(${[...targetIds]}::text[])`.execute(db);
        const byId = new Map(
          rows.map((row) => [
            row.target_id,
            {
              cause: row.cause,
              remedy: row.remedy,
              causeEn: row.cause_en,
              remedyEn: row.remedy_en,
              illustrative: row.illustrative,
              recordedAt: new Date(row.recorded_at),
              version: row.version,
              unitId: row.unit_id,
              provinceId: row.province_id,
              figurePublished: row.published,
            },
          ]),
        );
        return targetIds.map((id) => byId.get(id) ?? null);
      },
      { maxBatchSize: MAX_BATCH_SIZE },
    ),
  };
}
