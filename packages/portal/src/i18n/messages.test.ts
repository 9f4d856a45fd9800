import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { vi } from './vi.js';

function leaves(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return [path];
  if (typeof value === 'function') return [path];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}

describe('messages', () => {
  it('gives English words for every Vietnamese one', () => {
    expect(leaves(en).sort()).toEqual(leaves(vi).sort());
  });

  it('leaves no English word empty', () => {
    const empty = leaves(en).filter((path) => {
      const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], en);
      return typeof value === 'string' && value.trim() === '';
    });
    expect(empty).toEqual([]);
  });
});

describe('district summary', () => {
  it.each([
    ['vi', vi, [66, 17, 0, 19], '66 đạt, 17 không đạt, 0 chưa có số liệu, 19 không đánh giá riêng'],
    ['vi', vi, [3, 1, 2, 0], '3 đạt, 1 không đạt, 2 chưa có số liệu'],
    ['en', en, [66, 17, 0, 19], '66 met, 17 not met, 0 without data, 19 not assessed on their own'],
    ['en', en, [3, 1, 2], '3 met, 1 not met, 2 without data'],
  ] as const)('in %s counts targets not assessed on their own apart, when there are any', (_lang, messages, counts, expected) => {
    expect(messages.district.summary(...(counts as unknown as [number, number, number, number?]))).toBe(expected);
  });
});
