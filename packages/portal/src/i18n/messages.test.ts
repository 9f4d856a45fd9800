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
