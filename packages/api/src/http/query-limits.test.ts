import { buildSchema, parse } from 'graphql';
import { describe, expect, test } from 'vitest';
import { aliasCount, assertWithinLimits, directiveCount, queryCost, queryDepth, QUERY_LIMITS } from './query-limits.js';

const schema = buildSchema(`
  type Query { items(first: Int): ItemConnection! item: Item }
  type ItemConnection { nodes: [Item!]! totalCount: Int! }
  type Item { name: String! children(first: Int): ItemConnection! }
`);

/** `{ item { children { nodes { children { nodes { … name } } } } } }` nested `levels` connections deep. */
const nested = (levels: number) =>
  `{ item { ${'children(first: 1) { nodes { '.repeat(levels)}name${' } }'.repeat(levels)} } }`;

describe('queryDepth', () => {
  test.each([
    ['{ item { name } }', 2],
    ['{ items { nodes { name } } }', 3],
    ['{ item { ...F } } fragment F on Item { children { nodes { name } } }', 4],
    ['{ item { ... on Item { name } } }', 2],
    ['{ __schema { types { fields { type { ofType { name } } } } } }', 0],
  ])('%s is %i deep', (query, depth) => {
    expect(queryDepth(parse(query))).toBe(depth);
  });

  test('the named operation is measured', () => {
    expect(queryDepth(parse('query A { item { name } } query B { items { nodes { name } } }'), 'B')).toBe(3);
  });
});

describe('aliasCount and directiveCount', () => {
  test('count every alias and every directive in the document', () => {
    const document = parse('{ a: item { n: name @skip(if: false) } b: item { name @include(if: true) } }');
    expect(aliasCount(document)).toBe(3);
    expect(directiveCount(document)).toBe(2);
  });
});

describe('queryCost', () => {
  test.each([
    ['{ item { name } }', {}, 2],
    ['{ items { totalCount } }', {}, 1 + 50 * 1],
    ['{ items(first: 10) { nodes { name } } }', {}, 1 + 10 * 2],
    ['{ items(first: 0) { totalCount } }', {}, 1 + 1],
    ['query($n: Int) { items(first: $n) { nodes { name } } }', { n: 100 }, 1 + 100 * 2],
    ['{ items(first: 10) { nodes { children(first: 10) { nodes { name } } } } }', {}, 1 + 10 * (1 + (1 + 10 * 2))],
  ])('%s with %j costs %i: lists cost their children times their page size', (query, variables, cost) => {
    expect(queryCost(schema, parse(query), variables)).toBe(cost);
  });
});

describe('assertWithinLimits', () => {
  const codeOf = (query: string, variables: Record<string, unknown> = {}) => {
    try {
      assertWithinLimits(schema, parse(query), variables);
      return 'OK';
    } catch (error) {
      return (error as { extensions: { code: string } }).extensions.code;
    }
  };
  const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: item { name }`).join(' ')} }`;

  test.each([
    [`depth ${QUERY_LIMITS.maxDepth}`, nested(3), 'OK'],
    [`depth ${QUERY_LIMITS.maxDepth + 1}`, `{ item { children(first: 1) { nodes { ${nested(3).slice(2, -2)} } } } }`, 'QUERY_TOO_DEEP'],
    [`${QUERY_LIMITS.maxAliases} aliases`, aliases(QUERY_LIMITS.maxAliases), 'OK'],
    [`${QUERY_LIMITS.maxAliases + 1} aliases`, aliases(QUERY_LIMITS.maxAliases + 1), 'TOO_MANY_ALIASES'],
    ['cost 5,000 or less', '{ items(first: 100) { nodes { children(first: 23) { nodes { name } } } } }', 'OK'],
    ['cost over 5,000', '{ items(first: 100) { nodes { children(first: 25) { nodes { name } } } } }', 'QUERY_TOO_COSTLY'],
    [`${QUERY_LIMITS.maxDirectives + 1} directives`, `{ item { ${'name @include(if: true) '.repeat(QUERY_LIMITS.maxDirectives + 1)} } }`, 'TOO_MANY_DIRECTIVES'],
  ])('%s: %s', (_name, query, code) => {
    expect(codeOf(query)).toBe(code);
  });

  test('a variable that does not fit its type is the client’s error', () => {
    expect(codeOf('query($n: Int) { items(first: $n) { totalCount } }', { n: 'many' })).toBe('BAD_USER_INPUT');
  });
});
