import { describe, expect, test } from 'vitest';
import { createResponseStore } from './response-cache-store.js';

const answer = (bytes: number) => ({ body: 'x'.repeat(bytes), contentType: 'application/json' });

describe('createResponseStore', () => {
  test('the store never holds more bytes than its bound, dropping the least recently used answers', () => {
    const store = createResponseStore(10_000);
    for (let index = 0; index < 200; index += 1) store.set(`key-${index}`, answer(900));
    expect(store.calculatedSize).toBeLessThanOrEqual(10_000);
    expect(store.has('key-0')).toBe(false);
    expect(store.has('key-199')).toBe(true);
  });

  test('the store keeps an answer read recently over older ones', () => {
    const store = createResponseStore(10_000);
    for (let index = 0; index < 9; index += 1) store.set(`key-${index}`, answer(900));
    store.get('key-0');
    store.set('key-9', answer(900));
    store.set('key-10', answer(900));
    expect(store.has('key-0')).toBe(true);
    expect(store.has('key-1')).toBe(false);
  });

  test.each([
    [1_250, false],
    [1_200, true],
  ])('an answer of %i bytes in a store of 10,000 bytes is kept: %s', (bytes, kept) => {
    const store = createResponseStore(10_000);
    store.set('big', answer(bytes));
    expect(store.has('big')).toBe(kept);
  });

  test('with a maximum age an answer is dropped once it is older, and kept until then', async () => {
    const store = createResponseStore(10_000, 200);
    store.set('answer', answer(100));
    expect(store.get('answer')).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(store.get('answer')).toBeUndefined();
  });
});
