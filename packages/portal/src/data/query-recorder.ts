import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { RunQuery } from '../api/graphql-client.js';
import type { QueryRun } from './site-data.js';

interface Paged<Node> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Node[];
}

/** Stable id of a run, from the query's name and its variables: "scorecard-848-2023". */
export function queryRunId(name: string, variables: Record<string, unknown>): string {
  return [name, ...Object.values(variables).map((v) => String(v))]
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Runs the portal's queries and remembers each run, so that every figure can link to the query behind it. */
export class QueryRecorder {
  readonly runs: QueryRun[] = [];
  private readonly byId = new Map<string, QueryRun>();

  constructor(private readonly runQuery: RunQuery) {}

  private remember(name: string, variables: Record<string, unknown>, result: unknown): string {
    const id = queryRunId(name, variables);
    const existing = this.byId.get(id);
    if (existing) return existing.id;
    const run: QueryRun = { id, name, variables, result };
    this.runs.push(run);
    this.byId.set(id, run);
    return id;
  }

  /** Runs one query; returns its answer and the id of the run. */
  async run<Result, Variables extends object>(name: string, document: TypedDocumentNode<Result, Variables>, variables: Variables): Promise<{ data: Result; query: string }> {
    const data = await this.runQuery(document, variables);
    return { data, query: this.remember(name, variables as Record<string, unknown>, data) };
  }

  /**
   * Runs a paginated query to its last page; the run is recorded once, under the variables without `after`,
   * with every page as its answer.
   */
  async runPages<Result, Variables extends { after?: string | null | undefined }, Node>(
    name: string,
    document: TypedDocumentNode<Result, Variables>,
    variables: Omit<Variables, 'after'>,
    connection: (result: Result) => Paged<Node> | null | undefined,
  ): Promise<{ nodes: Node[]; pages: Result[]; query: string }> {
    const pages: Result[] = [];
    const nodes: Node[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Result = await this.runQuery(document, { ...variables, after } as Variables);
      pages.push(page);
      const list = connection(page);
      if (!list) break;
      nodes.push(...list.nodes);
      if (!list.pageInfo.hasNextPage || !list.pageInfo.endCursor) break;
      after = list.pageInfo.endCursor;
    }
    return { nodes, pages, query: this.remember(name, variables as Record<string, unknown>, pages) };
  }
}
