import { describe, expect, test } from 'vitest';
import { hashApiToken } from '../auth/api-token.js';
import { createRateLimiter, rateLimitedError, rateLimitKey } from './rate-limit.js';

const clockAt = (start: number) => {
  const clock = { now: start, tick: (ms: number) => void (clock.now += ms) };
  return clock;
};

describe('createRateLimiter', () => {
  test.each([
    ['spends a full bucket at once', [600], [true]],
    ['refuses one unit more than the bucket holds', [600, 1], [true, false]],
    ['allows charges up to the bucket exactly', [200, 200, 200], [true, true, true]],
    ['refuses the charge that would overdraw, then allows a smaller one', [500, 200, 100], [true, false, true]],
    ['lets a query costing more than a full bucket through on a full bucket', [900], [true]],
    ['charges nothing for a cost of zero', [600, 0], [true, true]],
  ])('%s', (_case, costs, allowed) => {
    const limiter = createRateLimiter(600, () => 0);
    expect(costs.map((cost) => limiter.charge('a', cost).allowed)).toEqual(allowed);
  });

  // 60,000 units a minute refill exactly one unit a millisecond.
  test('refills continuously at the limit per minute', () => {
    const clock = clockAt(1_000);
    const limiter = createRateLimiter(60_000, () => clock.now);
    expect(limiter.charge('a', 60_000).allowed).toBe(true);
    clock.tick(9_999);
    expect(limiter.charge('a', 10_000).allowed).toBe(false);
    clock.tick(1);
    expect(limiter.charge('a', 10_000)).toEqual({ allowed: true, remaining: 0 });
  });

  test('takes nothing for a refused request and says when the cost will fit', () => {
    const clock = clockAt(0);
    const limiter = createRateLimiter(60_000, () => clock.now);
    limiter.charge('a', 55_000);
    expect(limiter.charge('a', 35_000)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(limiter.charge('a', 5_000)).toEqual({ allowed: true, remaining: 0 });
  });

  test('waits for a full bucket for a query costing more than the limit, and at least one second', () => {
    const clock = clockAt(0);
    const limiter = createRateLimiter(60_000, () => clock.now);
    limiter.charge('a', 60_000);
    expect(limiter.charge('a', 100_000)).toEqual({ allowed: false, retryAfterSeconds: 60 });
    clock.tick(59_950);
    expect(limiter.charge('a', 100_000)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  test('keeps one bucket per caller', () => {
    const limiter = createRateLimiter(100, () => 0);
    expect(limiter.charge('a', 100).allowed).toBe(true);
    expect(limiter.charge('a', 1).allowed).toBe(false);
    expect(limiter.charge('b', 100).allowed).toBe(true);
  });

  test('forgets callers whose bucket has refilled, so idle callers take no memory', () => {
    const clock = clockAt(0);
    const limiter = createRateLimiter(60_000, () => clock.now);
    for (const key of ['a', 'b', 'c']) limiter.charge(key, 10_000);
    clock.tick(30_000);
    limiter.charge('d', 60_000);
    expect(limiter.size).toBe(4);
    clock.tick(31_000);
    limiter.charge('e', 1);
    expect(limiter.size).toBe(2);
  });
});

describe('rateLimitKey', () => {
  const socket = { remoteAddress: '10.0.0.9' } as never;

  test('keys a caller with a token by the token’s hash, wherever it calls from', () => {
    const token = `evn_${'a'.repeat(43)}`;
    expect(rateLimitKey({ headers: { authorization: `Bearer ${token}` }, ip: '198.51.100.7', socket })).toBe(`token:${hashApiToken(token)}`);
  });

  test('keys a caller without a token by its address', () => {
    expect(rateLimitKey({ headers: {}, ip: '198.51.100.7', socket })).toBe('address:198.51.100.7');
    expect(rateLimitKey({ headers: {}, ip: undefined, socket })).toBe('address:10.0.0.9');
  });
});

describe('rateLimitedError', () => {
  test('answers 429 with Retry-After and the RATE_LIMITED code, in Vietnamese and English', () => {
    const error = rateLimitedError(12, 50_000);
    expect(error.message).toBe(
      'Bạn đã dùng hết hạn mức 50000 đơn vị chi phí truy vấn mỗi phút; hãy thử lại sau 12 giây / You have used up your 50000 query cost units per minute; try again in 12 seconds',
    );
    expect(error.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 12, limit: 50_000, http: { status: 429 } });
    expect((error.extensions.http as { headers: Map<string, string> }).headers.get('retry-after')).toBe('12');
  });
});
