import type { BenchContext } from '../measure/bench-context.ts';
import type { MarkdownOut } from '../measure/bench-report.ts';
import { postGraphql } from '../measure/graphql-client.ts';

/** A nested list request whose page size grows; the statements it sends must not grow with it. */
interface NestedList {
  name: string;
  sizes: readonly number[];
  query(first: number): string;
}

const LISTS: readonly NestedList[] = [
  {
    name: 'observations with unit, indicator, targets and revisions (Duyên Hải 2024-2025)',
    sizes: [1, 10, 100],
    query: (first) => `{ observations(filter: { units: ["850"], periods: ["2024-2025"] }, first: ${first}) {
      totalCount nodes { value unit { name parent { name } } indicator { nameVi } targets { wording } revisions(first: 3) { nodes { number value } } } } }`,
  },
  {
    name: 'districts with their first 10 communes (pre-reform; larger pages exceed the query cost limit of 5000)',
    sizes: [1, 10, 100],
    query: (first) => `{ units(filter: { kind: DISTRICT, era: PRE_REFORM }, first: ${first}) {
      nodes { name province { name } children(first: 10) { nodes { name kind } } } } }`,
  },
  {
    name: 'plans with their targets and indicators (five plans exist)',
    sizes: [1, 2, 5],
    query: (first) => `{ plans(first: ${first}) { nodes { title unit { name } targets(first: 100) { nodes { wording indicator { nameVi } } } } } }`,
  },
];

/** (b) SQL statements per request as list sizes grow, counted on the API's own pool. */
export async function statementCounts(context: BenchContext, out: MarkdownOut): Promise<void> {
  out.line('## SQL statements per request as lists grow');
  out.line();
  out.line('Synthetic data. Statements counted on the API’s connection pool for the first request of each document (API with its response cache off; a warm-up request of size 3 first, so the caches of units and indicators are filled); flat means batched (DataLoader), not one query per item.');
  out.line();
  const rows: (string | number)[][] = [];
  for (const list of LISTS) {
    const counts: string[] = [];
    await postGraphql(context.uncachedGraphqlUrl, { query: list.query(3) });
    for (const size of list.sizes) {
      context.statements.splice(0);
      await postGraphql(context.uncachedGraphqlUrl, { query: list.query(size) });
      counts.push(`first ${size}: **${context.statements.length}**`);
    }
    rows.push([list.name, counts.join(', ')]);
  }
  out.table(['nested list', 'statements per request'], rows);
}
