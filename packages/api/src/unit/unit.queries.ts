import { LAST_PRE_REFORM_SNAPSHOT, normalizeVi } from '@edu-vn/domain';
import { sql, type RawBuilder } from 'kysely';
import type { PageSource } from '../common/page-query.js';
import type { UnitFilter } from './unit.type.js';

const validOnClause = (date: string) => sql`(u.valid_from is null or u.valid_from <= ${date}) and (u.valid_to is null or ${date} < u.valid_to)`;
/** Every folded name of a unit, for the substring filter; 15,000 rows scan in milliseconds, so no index is kept. */
const SEARCH_TEXT = sql`(u.name_key || '|' || u.short_key || '|' || coalesce(u.former_key, ''))`;
const kindRank = sql`case u.kind when 'province' then 0 when 'district' then 1 else 2 end`;

/** How well a folded key matches the query, as the domain's UnitRegistry.search ranks it: 0 exact … 3 anywhere, 9 not at all. */
function matchRank(key: RawBuilder<unknown>, query: string): RawBuilder<number> {
  return sql<number>`case when ${key} = ${query} then 0 when starts_with(${key}, ${query}) then 1
    when position(${' ' + query} in ${key}) > 0 then 2 when position(${query} in ${key}) > 0 then 3 else 9 end`;
}

/** Escapes LIKE wildcards so the query is matched literally. */
const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** Root list of units, filtered; with a search, best matches first (exact, prefix, word, anywhere; provinces first; current first). */
export function unitListSource(filter: UnitFilter): PageSource {
  const conditions: RawBuilder<unknown>[] = [sql`true`];
  if (filter.kind) conditions.push(sql`u.kind = ${filter.kind}`);
  if (filter.era) conditions.push(sql`u.era = ${filter.era}`);
  if (filter.validOn) conditions.push(validOnClause(filter.validOn));
  const query = filter.search == null ? '' : normalizeVi(filter.search);
  if (query === '') {
    return {
      rows: sql`select u.*, ''::text as _parent, ${kindRank} as _kind_rank from admin_unit u where ${sql.join(conditions, sql` and `)}`,
      orderBy: ['_kind_rank', 'code', 'id'],
    };
  }
  const rank = sql`least(${matchRank(sql`u.short_key`, query)}, ${matchRank(sql`u.name_key`, query)},
    case when u.former_key is null then 9 else ${matchRank(sql`u.former_key`, query)} + 0.5 end)::float8`;
  conditions.push(sql`${SEARCH_TEXT} like ${`%${likeLiteral(query)}%`}`);
  return {
    rows: sql`select * from (
        select u.*, ''::text as _parent, ${rank} as _rank, ${kindRank} as _kind_rank, (u.valid_to is not null)::int as _historical
        from admin_unit u where ${sql.join(conditions, sql` and `)}
      ) matched where _rank < 9`,
    orderBy: ['_rank', '_kind_rank', '_historical', 'code', 'id'],
  };
}

/**
 * Units under each parent. On a date, the parent that held then (the 2024 list's parent before 2025-03-01) and
 * only units valid that day; without one, every unit either list places under it.
 */
export function unitChildrenSource(parentIds: string[], validOn: string | null): PageSource {
  const rows =
    validOn === null
      ? sql`select u.*, u.parent_id as _parent from admin_unit u where u.parent_id = any(${parentIds})
          union all
          select u.*, u.former_parent_id as _parent from admin_unit u
          where u.former_parent_id = any(${parentIds}) and u.former_parent_id is distinct from u.parent_id`
      : sql`select * from (
            select u.*, ${validOn < LAST_PRE_REFORM_SNAPSHOT ? sql`coalesce(u.former_parent_id, u.parent_id)` : sql`u.parent_id`} as _parent
            from admin_unit u
            where (u.parent_id = any(${parentIds}) or u.former_parent_id = any(${parentIds})) and ${validOnClause(validOn)}
          ) dated where _parent = any(${parentIds})`;
  return { rows, orderBy: ['code', 'id'] };
}

/** The other end of each unit's successions: `successors` follows old → new, `predecessors` new → old. */
export function unitSuccessionSource(unitIds: string[], direction: 'successors' | 'predecessors'): PageSource {
  const [from, to] = direction === 'successors' ? ['predecessor_id', 'successor_id'] : ['successor_id', 'predecessor_id'];
  return {
    rows: sql`select u.*, s.${sql.ref(from)} as _parent, s.relation as _relation, s.effective_on as _effective_on,
        s.derived as _derived, s.corrected as _corrected, s.confidence as _confidence
      from unit_succession s join admin_unit u on u.id = s.${sql.ref(to)}
      where s.${sql.ref(from)} = any(${unitIds})`,
    orderBy: ['code', 'id'],
  };
}

/** The unit carrying a code on a date; without a date, the latest one (post-reform where the code was reused). */
export function unitByCodeQuery(code: string, validOn: string | null): RawBuilder<Record<string, unknown>> {
  return sql`select u.* from admin_unit u where u.code = ${code} ${validOn === null ? sql`` : sql`and ${validOnClause(validOn)}`}
    order by (u.era = 'post-reform') desc limit 1`;
}
