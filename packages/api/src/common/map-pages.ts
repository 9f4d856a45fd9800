import type { Page } from './page.js';

/** Converts every row of every page, keeping totals and cursors. */
export function mapPages<Row, Out>(pages: Map<string, Page<Row>>, convert: (row: Row) => Out): Map<string, Page<Out>> {
  return new Map([...pages].map(([key, page]) => [key, { ...page, rows: page.rows.map(convert) }]));
}
