import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type GraphQLSchema,
} from 'graphql';
// The CommonJS build: the ESM one imports graphql's .mjs files, a second copy of graphql beside the one Apollo uses.
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity/cjs';
import { DEFAULT_PAGE_SIZE } from '../common/page-size.js';

/** Guards against expensive queries, in the spirit of GraphQL Armor and GitHub's limits. */
export const QUERY_LIMITS = {
  maxDepth: 8,
  maxAliases: 15,
  maxDirectives: 10,
  /** Lists cost their children times their page size. */
  maxCost: 5000,
  maxTokens: 1000,
  maxCharacters: 15_000,
} as const;

export type QueryLimitCode = 'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'TOO_MANY_DIRECTIVES' | 'QUERY_TOO_COSTLY' | 'QUERY_TOO_LARGE';

/** The error for a query over a limit: a client error (HTTP 400) naming the limit and the measure. */
export function queryLimitError(code: QueryLimitCode, messageVi: string, messageEn: string, limit: number, actual: number): GraphQLError {
  return new GraphQLError(`${messageVi} / ${messageEn}`, { extensions: { code, limit, actual, http: { status: 400 } } });
}

/** Nesting depth of the operation's fields, fragments expanded; introspection fields (`__schema`…) do not count. */
export function queryDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const operation = operationName ? operations.find((candidate) => candidate.name?.value === operationName) : operations[0];
  const depthOf = (selectionSet: SelectionSetNode, visiting: ReadonlySet<string>): number => {
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(selection.selectionSet, visiting) : 0));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, visiting));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !visiting.has(name)) deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set([...visiting, name])));
      }
    }
    return deepest;
  };
  return operation ? depthOf(operation.selectionSet, new Set()) : 0;
}

/** Fields with an alias anywhere in the document. */
export function aliasCount(document: DocumentNode): number {
  let count = 0;
  visit(document, { Field: (node) => void (node.alias ? count++ : undefined) });
  return count;
}

/** Directive uses anywhere in the document. */
export function directiveCount(document: DocumentNode): number {
  let count = 0;
  visit(document, { Directive: () => void count++ });
  return count;
}

/** A field with a `first` argument is a connection: its children cost once per item of the page. */
const connectionEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((arg) => arg.name === 'first')) return undefined;
  const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
  return 1 + Math.max(first, 1) * childComplexity;
};
const fieldEstimator: ComplexityEstimator = ({ childComplexity }) => 1 + childComplexity;

/** The cost of an operation: one per field, children times the page size under connections. */
export function queryCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string | null): number {
  try {
    return getComplexity({
      schema,
      query: document,
      variables,
      ...(operationName ? { operationName } : {}),
      estimators: [connectionEstimator, fieldEstimator],
    });
  } catch (error) {
    // Costing reads the variables before execution would: a variable that does not fit its type is the client's error.
    if (error instanceof GraphQLError) {
      throw new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
    }
    throw error;
  }
}

/** Throws the first limit the operation exceeds; returns the operation's cost when it is within them all. */
export function assertWithinLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string | null,
): number {
  const depth = queryDepth(document, operationName);
  if (depth > QUERY_LIMITS.maxDepth) {
    throw queryLimitError(
      'QUERY_TOO_DEEP',
      `Truy vấn lồng ${depth} cấp, tối đa ${QUERY_LIMITS.maxDepth}`,
      `Query is nested ${depth} levels deep, at most ${QUERY_LIMITS.maxDepth}`,
      QUERY_LIMITS.maxDepth,
      depth,
    );
  }
  const aliases = aliasCount(document);
  if (aliases > QUERY_LIMITS.maxAliases) {
    throw queryLimitError(
      'TOO_MANY_ALIASES',
      `Truy vấn có ${aliases} bí danh, tối đa ${QUERY_LIMITS.maxAliases}`,
      `Query has ${aliases} aliases, at most ${QUERY_LIMITS.maxAliases}`,
      QUERY_LIMITS.maxAliases,
      aliases,
    );
  }
  const directives = directiveCount(document);
  if (directives > QUERY_LIMITS.maxDirectives) {
    throw queryLimitError(
      'TOO_MANY_DIRECTIVES',
      `Truy vấn có ${directives} chỉ thị, tối đa ${QUERY_LIMITS.maxDirectives}`,
      `Query has ${directives} directives, at most ${QUERY_LIMITS.maxDirectives}`,
      QUERY_LIMITS.maxDirectives,
      directives,
    );
  }
  const cost = queryCost(schema, document, variables, operationName);
  if (cost > QUERY_LIMITS.maxCost) {
    throw queryLimitError(
      'QUERY_TOO_COSTLY',
      `Chi phí truy vấn ${cost}, tối đa ${QUERY_LIMITS.maxCost} (danh sách tính theo số phần tử "first")`,
      `Query cost ${cost}, at most ${QUERY_LIMITS.maxCost} (lists cost their children times "first")`,
      QUERY_LIMITS.maxCost,
      cost,
    );
  }
  return cost;
}

/**
 * Checks every operation against the limits once it is parsed, validated and resolved, before it runs; then hands
 * the cost of an operation within them to `charge` (the rate limiter), which may refuse it by throwing.
 */
export function queryLimitsPlugin<Context extends object>(charge?: (cost: number, context: Context) => void): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName, contextValue }) {
          const cost = assertWithinLimits(schema, document, request.variables ?? {}, operationName);
          charge?.(cost, contextValue);
        },
      };
    },
  };
}
