import { sql } from 'kysely';
import type { Context } from '../context.js';
import { viewerScope } from '../observation/observation-visibility.js';
import { observationFromRow } from '../observation/observation.mapper.js';
import { visibleObservations } from '../observation/observation.queries.js';
import type { Observation } from '../observation/observation.type.js';

/** The figures with these ids as the caller may now see them, in the order given: what a mutation's payload returns. */
export async function visibleFigures(ctx: Context, ids: readonly number[]): Promise<Observation[]> {
  if (ids.length === 0) return [];
  const { rows } = await sql<Record<string, unknown>>`select v.* from (${visibleObservations(viewerScope(ctx))}) v where v.id = any(${[...ids]}::int[])`.execute(ctx.db);
  const byId = new Map(rows.map((row) => [Number(row.id), observationFromRow(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
