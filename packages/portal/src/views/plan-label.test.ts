import { describe, expect, it } from 'vitest';
import { distinctNames, planLabel } from './plan-label.js';

describe('planLabel', () => {
  it.each([
    [{ id: '003', number: '45/KH-PGDĐT', period: '2024-2025' }, { shortName: 'Duyên Hải' }, '45/KH-PGDĐT'],
    [{ id: '000', number: null, period: '2023' }, { shortName: 'Cầu Ngang' }, 'Cầu Ngang 2023'],
    [{ id: '000', number: null, period: '2023' }, undefined, '000 (2023)'],
  ])('names %o of %o as %s', (plan, district, label) => {
    expect(planLabel(plan, district)).toBe(label);
  });
});

describe('distinctNames', () => {
  it('keeps short names and spells out the ones two units share', () => {
    expect(
      distinctNames([
        { name: 'Thị xã Duyên Hải', shortName: 'Duyên Hải' },
        { name: 'Huyện Duyên Hải', shortName: 'Duyên Hải' },
        { name: 'Huyện Trà Cú', shortName: 'Trà Cú' },
      ]),
    ).toEqual(['Thị xã Duyên Hải', 'Huyện Duyên Hải', 'Trà Cú']);
  });
});
