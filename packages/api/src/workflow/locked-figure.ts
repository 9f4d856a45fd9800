import type { ObservationStatus, UnitKind } from '@edu-vn/domain';
import { sql, type Kysely } from 'kysely';
import type { UnitRef } from '../auth/principal.js';

/** A figure's row, locked for the rest of the transaction, with what the policy needs about its unit. */
export interface LockedFigure {
  id: number;
  unit: UnitRef;
  indicatorCode: string;
  level: string;
  period: string;
  status: ObservationStatus;
  revision: number;
  version: number;
  publishedRevision: number | null;
}

interface Row {
  id: number;
  unit_id: string;
  unit_kind: UnitKind;
  province_id: string;
  indicator_code: string;
  level: string;
  period: string;
  status: ObservationStatus;
  revision: number;
  version: number;
  published_revision: number | null;
}

/** Locks the figures with these ids (FOR UPDATE), so two reviewers of one figure take turns rather than overwrite. */
export async function lockFigures(db: Kysely<unknown>, ids: readonly number[]): Promise<Map<number, LockedFigure>> {
  if (ids.length === 0) return new Map();
  const { rows } = await sql<Row>`select o.id, o.unit_id, u.kind as unit_kind, o.province_id, o.indicator_code, o.level, o.period, o.status,
      o.revision, o.version, o.published_revision
    from observation o join admin_unit u on u.id = o.unit_id
    where o.id = any(${[...ids]}::int[]) order by o.id for update of o`.execute(db);
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        unit: { id: row.unit_id, kind: row.unit_kind, provinceId: row.province_id },
        indicatorCode: row.indicator_code,
        level: row.level,
        period: row.period,
        status: row.status,
        revision: row.revision,
        version: row.version,
        publishedRevision: row.published_revision,
      },
    ]),
  );
}
