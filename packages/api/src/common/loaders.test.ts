import { describe, expect, test } from 'vitest';
import { createKeyLoader, createPageLoader, MAX_BATCH_SIZE } from './loaders.js';
import { emptyPage, type Page, type PageRequest } from './page.js';

const page = (first: number): PageRequest => ({ first, after: null, cursor: null });

describe('createKeyLoader', () => {
  test('loads many keys in one call per batch of at most 1,000, in key order, null for the missing', async () => {
    const calls: number[] = [];
    const loader = createKeyLoader(
      async (keys) => {
        calls.push(keys.length);
        return keys.filter((key) => key !== 'missing').map((key) => ({ key }));
      },
      (value) => value.key,
    );
    const keys = [...Array.from({ length: 2500 }, (_, i) => `k${i}`), 'missing'];
    const values = await Promise.all(keys.map((key) => loader.load(key)));
    expect(calls).toEqual([MAX_BATCH_SIZE, MAX_BATCH_SIZE, 501]);
    expect(values[0]).toEqual({ key: 'k0' });
    expect(values.at(-1)).toBeNull();
  });
});

describe('createPageLoader', () => {
  test('parents asking for the same page and filters share one fetch; different pages fetch apart', async () => {
    const calls: { parents: string[]; variant: string; first: number }[] = [];
    const loader = createPageLoader<string, string>(async (parents, variant, request) => {
      calls.push({ parents, variant, first: request.first });
      return new Map<string, Page<string>>(parents.map((parent) => [parent, { ...emptyPage(request), rows: [parent], totalCount: 1, cursors: ['c'] }]));
    });
    const results = await Promise.all([
      loader.load({ parentId: 'a', variant: 'x', page: page(10) }),
      loader.load({ parentId: 'b', variant: 'x', page: page(10) }),
      loader.load({ parentId: 'a', variant: 'x', page: page(5) }),
      loader.load({ parentId: 'a', variant: 'y', page: page(10) }),
    ]);
    expect(calls).toEqual([
      { parents: ['a', 'b'], variant: 'x', first: 10 },
      { parents: ['a'], variant: 'x', first: 5 },
      { parents: ['a'], variant: 'y', first: 10 },
    ]);
    expect(results.map((result) => result.rows)).toEqual([['a'], ['b'], ['a'], ['a']]);
  });

  test('a parent without rows gets an empty page', async () => {
    const loader = createPageLoader<string, null>(async () => new Map());
    expect(await loader.load({ parentId: 'none', variant: null, page: page(3) })).toEqual(emptyPage(page(3)));
  });
});
