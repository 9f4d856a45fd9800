import { LRUCache } from 'lru-cache';

/** A cached GraphQL answer: the exact bytes sent and their content type. */
export interface CachedResponse {
  body: string;
  contentType: string;
}

/**
 * Answers kept by key, least recently used dropped first once their total size passes `maxBytes`;
 * with `maxAgeMs` an answer is also dropped once it is that old.
 */
export function createResponseStore(maxBytes: number, maxAgeMs?: number): LRUCache<string, CachedResponse> {
  return new LRUCache<string, CachedResponse>({
    ...(maxAgeMs ? { ttl: maxAgeMs } : {}),
    maxSize: maxBytes,
    // One answer may take at most an eighth of the cache, so a single bulk answer cannot flush the rest.
    maxEntrySize: Math.max(1, Math.floor(maxBytes / 8)),
    sizeCalculation: (value, key) => Buffer.byteLength(value.body) + Buffer.byteLength(key) + value.contentType.length,
  });
}
