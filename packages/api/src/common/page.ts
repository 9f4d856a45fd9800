import 'reflect-metadata';
import { ArgsType, Field, Int } from 'type-graphql';
import { decodeCursor, type SortKey } from './cursor.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size.js';
import { userError } from './user-error.js';


/** Forward pagination arguments shared by every connection. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Số phần tử tối đa trả về (mặc định ${DEFAULT_PAGE_SIZE}, tối đa ${MAX_PAGE_SIZE}). / How many items to return (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).`,
  })
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Trả về các phần tử sau con trỏ này (endCursor của trang trước). / Return the items after this cursor (the previous page’s endCursor).',
  })
  after?: string | null;
}

/** A validated page request: how many rows and after which sort key (with the cursor it came from). */
export interface PageRequest {
  first: number;
  after: SortKey | null;
  cursor: string | null;
}

/** Validates `first` and decodes `after`; the list checks that the cursor's key fits its own order. */
export function pageRequest(args: PageArgs): PageRequest {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw userError(
      'BAD_USER_INPUT',
      `"first" phải từ 0 đến ${MAX_PAGE_SIZE}, nhận được ${first}`,
      `"first" must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`,
      { argumentName: 'first' },
    );
  }
  const cursor = args.after ?? null;
  return { first, after: cursor === null ? null : decodeCursor(cursor), cursor };
}

/** One page of rows for one parent (or for a root list), with the parent's total. */
export interface Page<Row> {
  rows: Row[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  cursors: string[];
}

/** An empty page, for a parent without rows. */
export function emptyPage<Row>(request: PageRequest): Page<Row> {
  return { rows: [], totalCount: 0, hasNextPage: false, hasPreviousPage: request.after !== null, cursors: [] };
}

/** The connection object GraphQL returns: nodes, edges with cursors, page info and total. */
export interface ConnectionValue<Node, Edge = { cursor: string; node: Node }> {
  nodes: Node[];
  edges: Edge[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** Builds a connection from a page; `edgeOf` adds edge fields beyond cursor and node. */
export function toConnection<Row, Node, Edge extends { cursor: string; node: Node } = { cursor: string; node: Node }>(
  page: Page<Row>,
  nodeOf: (row: Row) => Node,
  edgeOf: (row: Row, cursor: string, node: Node) => Edge = (_row, cursor, node) => ({ cursor, node }) as Edge,
): ConnectionValue<Node, Edge> {
  const nodes = page.rows.map(nodeOf);
  const edges = page.rows.map((row, index) => edgeOf(row, page.cursors[index] ?? '', nodes[index] as Node));
  return {
    nodes,
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.cursors[0] ?? null,
      endCursor: page.cursors.at(-1) ?? null,
    },
    totalCount: page.totalCount,
  };
}
