import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { RunQuery } from '../api/graphql-client.js';
import { QueryRecorder, queryRunId } from './query-recorder.js';
import { mapLimit } from './map-limit.js';

type Page = { items: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: number[] } };
const pagedDocument = parse('query Items($after: String) { items(after: $after) { nodes } }') as TypedDocumentNode<Page, { after?: string | null }>;

describe('queryRunId', () => {
  it.each([
    ['scorecard', { unit: '848', period: '2023' }, 'scorecard-848-2023'],
    ['series', { indicator: 'dropout_rate', unit: '86@2025', level: 'THCS' }, 'series-dropout_rate-86-2025-thcs'],
    ['plans', {}, 'plans'],
  ])('names the run of %s with %o as %s', (name, variables, id) => {
    expect(queryRunId(name, variables)).toBe(id);
  });
});

describe('QueryRecorder', () => {
  it('follows the cursor to the last page and records one run without the cursor', async () => {
    const seen: unknown[] = [];
    const pages: Record<string, Page> = {
      start: { items: { pageInfo: { hasNextPage: true, endCursor: 'a' }, nodes: [1, 2] } },
      a: { items: { pageInfo: { hasNextPage: false, endCursor: 'b' }, nodes: [3] } },
    };
    const run = (async (_doc: unknown, variables: { after: string | null }) => {
      seen.push(variables.after);
      return pages[variables.after ?? 'start'];
    }) as unknown as RunQuery;
    const recorder = new QueryRecorder(run);
    const result = await recorder.runPages('items', pagedDocument, {}, (page) => page.items);
    expect(result.nodes).toEqual([1, 2, 3]);
    expect(seen).toEqual([null, 'a']);
    expect(recorder.runs).toEqual([{ id: 'items', name: 'items', variables: {}, result: [pages.start, pages.a] }]);
  });

  it('records a query run twice with the same variables only once', async () => {
    const run = (async () => ({ items: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] } })) as unknown as RunQuery;
    const recorder = new QueryRecorder(run);
    await recorder.run('items', pagedDocument, { after: null });
    await recorder.run('items', pagedDocument, { after: null });
    expect(recorder.runs).toHaveLength(1);
  });
});

describe('mapLimit', () => {
  it('keeps the order of results and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const result = await mapLimit([30, 10, 20, 5], 2, async (ms) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, ms));
      running -= 1;
      return ms * 2;
    });
    expect(result).toEqual([60, 20, 40, 10]);
    expect(most).toBe(2);
  });
});
