import type { RequestHandler } from 'express';
import { createHash } from 'node:crypto';

/**
 * Failed token presentations each address may make: a burst of 20, then one more every 30 seconds. Someone who
 * mistypes never meets it; a guesser gets 2,880 tries a day against 2^256 possible tokens.
 */
export const TOKEN_GUESS_LIMIT = { burst: 20, refillMs: 30_000 } as const;

/** How long a token that worked from an address is let through from it without being counted. */
const PROVEN_MS = 10 * 60_000;
/** Memory bounds: forgetting guessers or proven tokens early is better than running out of memory. */
const MAX_ENTRIES = 100_000;

/** What admitting a request gave: let through (charged or not), or refused with the seconds to wait. */
export type Admission = { admitted: true; charged: boolean } | { admitted: false; waitSeconds: number };

/**
 * Per-address buckets of allowed failures, in this process's memory: each API replica counts on its own. A request
 * with an unproven token takes one unit when it starts, so parallel guesses cannot outrun the count; the unit comes
 * back when the token turns out to be good, and the token is then let through from that address uncounted.
 */
export interface TokenGuessLimiter {
  admit(address: string, token: string, now?: number): Admission;
  /**
   * The request taken by `admit` ended: a 401 keeps the unit taken, any other answer returns it and proves the token,
   * and a request abandoned before its answer returns it without proving anything (the client learned nothing).
   */
  settle(address: string, token: string, outcome: 'unauthorized' | 'authorized' | 'abandoned', now?: number): void;
  /** Addresses with a bucket in memory (full buckets are dropped). */
  readonly size: number;
}

interface Bucket {
  level: number;
  updatedAt: number;
}

export function createTokenGuessLimiter(limit: { burst: number; refillMs: number } = TOKEN_GUESS_LIMIT, clock: () => number = Date.now): TokenGuessLimiter {
  const buckets = new Map<string, Bucket>();
  const proven = new Map<string, number>();
  let sweptAt = clock();
  const refilled = (bucket: Bucket, now: number) => Math.min(limit.burst, bucket.level + (now - bucket.updatedAt) / limit.refillMs);
  const provenKey = (address: string, token: string) => `${address} ${createHash('sha256').update(token).digest('base64')}`;

  const sweep = (now: number) => {
    if (buckets.size >= MAX_ENTRIES) buckets.clear();
    if (proven.size >= MAX_ENTRIES) proven.clear();
    if (now - sweptAt < limit.refillMs * limit.burst) return;
    sweptAt = now;
    for (const [address, bucket] of buckets) if (refilled(bucket, now) >= limit.burst) buckets.delete(address);
    for (const [key, at] of proven) if (now - at > PROVEN_MS) proven.delete(key);
  };

  return {
    admit(address, token, now = clock()) {
      sweep(now);
      const provenAt = proven.get(provenKey(address, token));
      if (provenAt !== undefined && now - provenAt <= PROVEN_MS) return { admitted: true, charged: false };
      const bucket = buckets.get(address);
      const level = bucket ? refilled(bucket, now) : limit.burst;
      if (level < 1) return { admitted: false, waitSeconds: Math.max(1, Math.ceil(((1 - level) * limit.refillMs) / 1000)) };
      buckets.set(address, { level: level - 1, updatedAt: now });
      return { admitted: true, charged: true };
    },
    settle(address, token, outcome, now = clock()) {
      if (outcome === 'unauthorized') return;
      if (outcome === 'authorized') proven.set(provenKey(address, token), now);
      const bucket = buckets.get(address);
      if (bucket) buckets.set(address, { level: Math.min(limit.burst, refilled(bucket, now) + 1), updatedAt: now });
    },
    get size() {
      return buckets.size;
    },
  };
}

/**
 * Refuses requests that carry a token (HTTP 429 with Retry-After) from an address that has sent too many unknown,
 * malformed, expired or revoked ones, before the token is looked up. Requests without a token are never refused
 * here: reading published data stays open. The address is Express's req.ip, so behind a proxy "trust proxy" must name it.
 */
export function tokenGuessGuard(limiter: TokenGuessLimiter): RequestHandler {
  return (req, res, next) => {
    const token = req.headers.authorization;
    if (!token) return next();
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const admission = limiter.admit(address, token);
    if (!admission.admitted) {
      const wait = admission.waitSeconds;
      res.status(429).set('retry-after', String(wait)).json({
        errors: [
          {
            message:
              `Quá nhiều mã truy cập sai từ địa chỉ này; hãy thử lại sau ${wait} giây / ` +
              `Too many invalid API tokens from this address; try again in ${wait} seconds`,
            extensions: { code: 'RATE_LIMITED', retryAfter: wait },
          },
        ],
      });
      return;
    }
    if (admission.charged) {
      res.on('close', () => {
        const outcome = !res.writableFinished ? 'abandoned' : res.statusCode === 401 ? 'unauthorized' : 'authorized';
        limiter.settle(address, token, outcome);
      });
    }
    next();
  };
}
