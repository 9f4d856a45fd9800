import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { hashApiToken, readBearer } from '../auth/api-token.js';

/** What charging a caller's bucket gave: allowed with what is left, or refused with when to try again. */
export type RateLimitResult = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

/** Per-caller token buckets of query cost, refilled continuously. */
export interface RateLimiter {
  /** Takes `cost` from the caller's bucket if it holds that much; a refused request takes nothing. */
  charge(key: string, cost: number, now?: number): RateLimitResult;
  /** Callers with a bucket in memory (idle callers' full buckets are dropped). */
  readonly size: number;
}

interface Bucket {
  level: number;
  updatedAt: number;
}

const MINUTE_MS = 60_000;

/**
 * Token buckets holding at most `costPerMinute` units and refilling at that rate, in this process's memory: each
 * replica limits on its own. A query costing more than a full bucket needs a full bucket, so it is never refused forever.
 */
export function createRateLimiter(costPerMinute: number, clock: () => number = Date.now): RateLimiter {
  const buckets = new Map<string, Bucket>();
  const perMs = costPerMinute / MINUTE_MS;
  let sweptAt = clock();

  const refilled = (bucket: Bucket, now: number) => Math.min(costPerMinute, bucket.level + (now - bucket.updatedAt) * perMs);

  /** Drops buckets that have refilled completely: they hold nothing a new bucket would not. */
  const sweep = (now: number) => {
    if (now - sweptAt < MINUTE_MS) return;
    sweptAt = now;
    for (const [key, bucket] of buckets) if (refilled(bucket, now) >= costPerMinute) buckets.delete(key);
  };

  return {
    charge(key, cost, now = clock()) {
      sweep(now);
      const bucket = buckets.get(key) ?? { level: costPerMinute, updatedAt: now };
      const level = refilled(bucket, now);
      const needed = Math.min(Math.max(cost, 0), costPerMinute);
      if (level < needed) {
        buckets.set(key, { level, updatedAt: now });
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((needed - level) / perMs / 1000)) };
      }
      buckets.set(key, { level: level - needed, updatedAt: now });
      return { allowed: true, remaining: Math.floor(level - needed) };
    },
    get size() {
      return buckets.size;
    },
  };
}

/** Whose bucket a request draws on: its bearer token's hash when it sends one, else the client's address. */
export function rateLimitKey(req: Pick<Request, 'headers' | 'ip' | 'socket'>): string {
  const bearer = readBearer(req.headers.authorization);
  if (bearer.kind === 'token') return `token:${hashApiToken(bearer.token)}`;
  return `address:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`;
}

/** The error for a caller over its limit: HTTP 429 with Retry-After, in Vietnamese and English. */
export function rateLimitedError(retryAfterSeconds: number, costPerMinute: number): GraphQLError {
  return new GraphQLError(
    `Bạn đã dùng hết hạn mức ${costPerMinute} đơn vị chi phí truy vấn mỗi phút; hãy thử lại sau ${retryAfterSeconds} giây / ` +
      `You have used up your ${costPerMinute} query cost units per minute; try again in ${retryAfterSeconds} seconds`,
    {
      extensions: {
        code: 'RATE_LIMITED',
        retryAfter: retryAfterSeconds,
        limit: costPerMinute,
        http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
      },
    },
  );
}
