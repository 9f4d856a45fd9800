import { sql, type Kysely, type RawBuilder } from 'kysely';
import { encodeCursor, invalidCursor, type SortKey } from './cursor.js';
import { emptyPage, type Page, type PageRequest } from './page.js';

/** Rows to page through, grouped by parent: a SELECT yielding a `_parent` column and the sort columns. */
export interface PageSource {
  rows: RawBuilder<unknown>;
  /** Sort columns of `rows`, ascending and unique together; the cursor carries their values. */
  orderBy: readonly string[];
  /** One list with no parent (every `_parent` is ''): paged with ORDER BY … LIMIT, so an index in that order serves it. */
  root?: boolean;
  /**
   * The parents asked for, when `_parent` is a plain column of an indexed table: each parent's page is then read by
   * itself (a count and an ordered LIMIT per parent), instead of numbering every row of every parent.
   */
  parents?: readonly string[];
}

type RawRow = Record<string, unknown> & { _key: string; _total: number; _rn: number | null };

const ids = (names: readonly string[]) => sql.join(names.map((name) => sql.ref(name)));

/**
 * One page per parent in a single statement: totals per parent, then the first rows after the cursor,
 * numbered within each parent. Parents with no rows are absent from the result.
 */
export async function fetchPages<Row extends Record<string, unknown>>(
  db: Kysely<unknown>,
  source: PageSource,
  request: PageRequest,
): Promise<Map<string, Page<Row>>> {
  if (request.after !== null && request.after.length !== source.orderBy.length) throw invalidCursor(request.cursor ?? '');
  const order = ids(source.orderBy);
  const afterCursor = request.after === null ? sql`true` : sql`(${order}) > (${sql.join(request.after.map((value) => sql`${value}`))})`;
  const query = source.root
    ? sql<RawRow>`
    with base as not materialized (${source.rows})
    select ''::text as _key, counts._total, page.*
    from (select count(*)::int as _total from base) counts
    left join lateral (
      select base.*, row_number() over (order by ${order}) as _rn from base where ${afterCursor} order by ${order} limit ${request.first + 1}
    ) page on true
    where counts._total > 0
    order by page._rn`
    : source.parents
      ? sql<RawRow>`
    with base as not materialized (${source.rows})
    select keys._parent as _key, counts._total, page.*
    from unnest(${[...source.parents]}::text[]) keys(_parent)
    cross join lateral (select count(*)::int as _total from base where base._parent = keys._parent) counts
    left join lateral (
      select base.*, row_number() over (order by ${order}) as _rn
      from base where base._parent = keys._parent and ${afterCursor} order by ${order} limit ${request.first + 1}
    ) page on true
    where counts._total > 0
    order by keys._parent, page._rn`
      : sql<RawRow>`
    with base as (${source.rows}),
    counts as (select _parent, count(*)::int as _total from base group by _parent),
    page as (
      select base.*, row_number() over (partition by _parent order by ${order}) as _rn
      from base where ${afterCursor}
    )
    select counts._parent as _key, counts._total, page.*
    from counts left join page on page._parent = counts._parent and page._rn <= ${request.first + 1}
    order by counts._parent, page._rn`;
  const { rows } = await query.execute(db);

  const pages = new Map<string, Page<Row>>();
  for (const raw of rows) {
    let page = pages.get(raw._key);
    if (!page) {
      page = { ...emptyPage<Row>(request), totalCount: raw._total };
      pages.set(raw._key, page);
    }
    if (raw._rn === null) continue;
    if (Number(raw._rn) > request.first) {
      page.hasNextPage = true;
      continue;
    }
    page.rows.push(raw as unknown as Row);
    page.cursors.push(encodeCursor(source.orderBy.map((column) => raw[column]) as unknown as SortKey));
  }
  return pages;
}
