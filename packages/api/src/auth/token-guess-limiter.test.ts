import { describe, expect, test } from 'vitest';
import { createTokenGuessLimiter } from './token-guess-limiter.js';

const LIMIT = { burst: 3, refillMs: 10_000 };
const at = (now: number) => () => now;

describe('the token guessing limiter', () => {
  test('lets an address fail its burst, then asks it to wait until one failure has refilled', () => {
    const limiter = createTokenGuessLimiter(LIMIT, at(0));
    for (let failure = 0; failure < 3; failure += 1) {
      expect(limiter.admit('10.0.0.1', `bad ${failure}`, 0)).toEqual({ admitted: true, charged: true });
      limiter.settle('10.0.0.1', `bad ${failure}`, 'unauthorized', 0);
    }
    expect(limiter.admit('10.0.0.1', 'bad 3', 0)).toEqual({ admitted: false, waitSeconds: 10 });
    expect(limiter.admit('10.0.0.1', 'bad 3', 4_000)).toEqual({ admitted: false, waitSeconds: 6 });
    expect(limiter.admit('10.0.0.1', 'bad 3', 10_000)).toEqual({ admitted: true, charged: true });
  });

  test('counts guesses in flight, so parallel requests cannot outrun the limit', () => {
    const limiter = createTokenGuessLimiter(LIMIT, at(0));
    const admitted = Array.from({ length: 10 }, (_, index) => limiter.admit('10.0.0.1', `bad ${index}`, 0).admitted);
    expect(admitted.filter(Boolean)).toHaveLength(3);
  });

  test('gives the unit back for a good token, and lets that token through from that address afterwards', () => {
    const limiter = createTokenGuessLimiter(LIMIT, at(0));
    limiter.admit('10.0.0.1', 'good', 0);
    limiter.settle('10.0.0.1', 'good', 'authorized', 0);
    for (let failure = 0; failure < 3; failure += 1) limiter.admit('10.0.0.1', `bad ${failure}`, 0);
    expect(limiter.admit('10.0.0.1', 'bad 4', 0).admitted).toBe(false);
    expect(limiter.admit('10.0.0.1', 'good', 0)).toEqual({ admitted: true, charged: false });
    expect(limiter.admit('10.0.0.2', 'good', 0)).toEqual({ admitted: true, charged: true });
  });

  test('gives the unit back for a request abandoned before its answer, without letting its token through uncounted', () => {
    const limiter = createTokenGuessLimiter(LIMIT, at(0));
    for (let request = 0; request < 10; request += 1) {
      expect(limiter.admit('10.0.0.1', 'unproven', 0)).toEqual({ admitted: true, charged: true });
      limiter.settle('10.0.0.1', 'unproven', 'abandoned', 0);
    }
    expect(limiter.admit('10.0.0.1', 'unproven', 0)).toEqual({ admitted: true, charged: true });
  });

  test('counts each address apart', () => {
    const limiter = createTokenGuessLimiter(LIMIT, at(0));
    for (let failure = 0; failure < 5; failure += 1) limiter.admit('10.0.0.1', 'bad', 0);
    expect(limiter.admit('10.0.0.1', 'bad', 0).admitted).toBe(false);
    expect(limiter.admit('10.0.0.2', 'bad', 0).admitted).toBe(true);
  });

  test('forgets addresses whose bucket has refilled', () => {
    const limiter = createTokenGuessLimiter(LIMIT, at(0));
    limiter.admit('10.0.0.1', 'bad', 0);
    expect(limiter.size).toBe(1);
    limiter.admit('10.0.0.2', 'bad', 31_000);
    expect(limiter.size).toBe(1);
  });
});
