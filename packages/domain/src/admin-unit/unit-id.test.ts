import { describe, expect, test } from 'vitest';
import { parseUnitId, unitId } from './unit-id.js';

describe('unit ids', () => {
  test.each([
    ['86', 'pre-reform', '86'],
    ['86', 'post-reform', '86@2025'],
    ['29416', 'post-reform', '29416@2025'],
    ['848', 'pre-reform', '848'],
  ] as const)('unitId gives code %s in era %s the id %s, and parseUnitId reverses it', (code, era, id) => {
    expect(unitId(code, era)).toBe(id);
    expect(parseUnitId(id)).toEqual({ code, era });
  });

  test.each(['', '@2025', '86@2024', 'abc', '86@2025@2025'])('parseUnitId rejects %j', (id) => {
    expect(parseUnitId(id)).toBeUndefined();
  });
});
