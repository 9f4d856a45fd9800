import DataLoader from 'dataloader';
import { emptyPage, type Page, type PageRequest } from './page.js';

/** PostgreSQL caps bind parameters at 65,535; a thousand keys per batch stays far below and keeps plans simple. */
export const MAX_BATCH_SIZE = 1000;

/** A per-request loader of one value (or null) per key, fetched in batches. */
export function createKeyLoader<Value>(
  fetch: (keys: readonly string[]) => Promise<Value[]>,
  keyOf: (value: Value) => string,
): DataLoader<string, Value | null> {
  return new DataLoader<string, Value | null>(
    async (keys) => {
      const byKey = new Map((await fetch(keys)).map((value) => [keyOf(value), value]));
      return keys.map((key) => byKey.get(key) ?? null);
    },
    { maxBatchSize: MAX_BATCH_SIZE },
  );
}

/** What a paged loader is asked for: one parent's page, under filters (`variant`) shared by its siblings. */
export interface PageKey<Variant> {
  parentId: string;
  variant: Variant;
  page: PageRequest;
}

/**
 * A per-request loader of one page of children per parent. Keys with the same filters and page arguments
 * (the usual case: one field under every item of a list) go to one query for all their parents.
 */
export function createPageLoader<Row, Variant = null>(
  fetch: (parentIds: string[], variant: Variant, page: PageRequest) => Promise<Map<string, Page<Row>>>,
): DataLoader<PageKey<Variant>, Page<Row>, string> {
  return new DataLoader<PageKey<Variant>, Page<Row>, string>(
    async (keys) => {
      const groups = new Map<string, PageKey<Variant>[]>();
      for (const key of keys) {
        const group = JSON.stringify([key.variant, key.page]);
        const list = groups.get(group);
        if (list) list.push(key);
        else groups.set(group, [key]);
      }
      const results = new Map<PageKey<Variant>, Page<Row>>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const [first] = group as [PageKey<Variant>];
          const pages = await fetch([...new Set(group.map((key) => key.parentId))], first.variant, first.page);
          for (const key of group) results.set(key, pages.get(key.parentId) ?? emptyPage(key.page));
        }),
      );
      return keys.map((key) => results.get(key) ?? emptyPage(key.page));
    },
    { maxBatchSize: MAX_BATCH_SIZE, cacheKeyFn: (key) => JSON.stringify([key.parentId, key.variant, key.page]) },
  );
}
