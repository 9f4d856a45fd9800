import { describe, expect, test } from 'vitest';
import { isAllowed, isAllowedEverywhere, OPERATIONS, unpublishedScope, type Operation } from './policy.js';
import { ANONYMOUS, type Principal, type UnitRef } from './principal.js';

const UNITS = {
  D1: { id: '850', kind: 'district', provinceId: '84' },
  D2: { id: '851', kind: 'district', provinceId: '84' },
  D3: { id: '848', kind: 'district', provinceId: '82' },
  P1: { id: '84', kind: 'province', provinceId: '84' },
  P2: { id: '82', kind: 'province', provinceId: '82' },
} as const satisfies Record<string, UnitRef>;
type UnitName = keyof typeof UNITS;

function account(role: 'district_officer' | 'province_officer' | 'admin', unit: UnitRef | null): Principal {
  return { kind: 'account', accountId: 1, name: `${role}-test`, role, unit, tokenId: 1 };
}

const PRINCIPALS: Record<string, Principal> = {
  anonymous: ANONYMOUS,
  'district officer of D1': account('district_officer', UNITS.D1),
  'province officer of P1': account('province_officer', UNITS.P1),
  administrator: account('admin', null),
  'district officer without a unit': account('district_officer', null),
};

const ALL = 'D1 D2 D3 P1 P2';
const NONE = '';

/** The expected matrix, written out by hand: for each caller and operation, the units it may act on. */
const MATRIX: Record<string, Record<Operation, string>> = {
  anonymous: {
    'observation.read_published': ALL,
    'observation.read_unpublished': NONE,
    'observation.write': NONE,
    'observation.submit': NONE,
    'observation.approve': NONE,
    'observation.return': NONE,
    'observation.publish': NONE,
    'target.set': NONE,
    'plan.create': NONE,
    'explanation.write': NONE,
    'completeness.read': NONE,
    'feed.read': NONE,
    'audit.read': NONE,
  },
  'district officer of D1': {
    'observation.read_published': ALL,
    'observation.read_unpublished': 'D1',
    'observation.write': 'D1',
    'observation.submit': 'D1',
    'observation.approve': NONE,
    'observation.return': NONE,
    'observation.publish': NONE,
    'target.set': 'D1',
    'plan.create': 'D1',
    'explanation.write': 'D1',
    'completeness.read': 'D1',
    'feed.read': 'D1',
    'audit.read': NONE,
  },
  'province officer of P1': {
    'observation.read_published': ALL,
    'observation.read_unpublished': 'D1 D2 P1',
    'observation.write': NONE,
    'observation.submit': NONE,
    'observation.approve': 'D1 D2 P1',
    'observation.return': 'D1 D2 P1',
    'observation.publish': 'D1 D2 P1',
    'target.set': NONE,
    'plan.create': NONE,
    'explanation.write': NONE,
    'completeness.read': 'D1 D2 P1',
    'feed.read': 'D1 D2 P1',
    'audit.read': NONE,
  },
  administrator: Object.fromEntries(OPERATIONS.map((operation) => [operation, ALL])) as Record<Operation, string>,
  'district officer without a unit': {
    ...(Object.fromEntries(OPERATIONS.map((operation) => [operation, NONE])) as Record<Operation, string>),
    'observation.read_published': ALL,
  },
};

const CASES = Object.entries(MATRIX).flatMap(([caller, row]) =>
  OPERATIONS.flatMap((operation) =>
    (Object.keys(UNITS) as UnitName[]).map((unit) => [caller, operation, unit, row[operation].split(' ').includes(unit)] as const),
  ),
);

describe('isAllowed', () => {
  test('the matrix covers every caller, operation and unit', () => {
    expect(CASES).toHaveLength(Object.keys(PRINCIPALS).length * OPERATIONS.length * Object.keys(UNITS).length);
  });

  test.each(CASES)('%s → %s on %s: %s', (caller, operation, unit, expected) => {
    expect(isAllowed(PRINCIPALS[caller] as Principal, operation, UNITS[unit])).toBe(expected);
  });
});

describe('isAllowedEverywhere', () => {
  test.each([
    ['anonymous', 'audit.read', false],
    ['district officer of D1', 'audit.read', false],
    ['province officer of P1', 'audit.read', false],
    ['administrator', 'audit.read', true],
    ['anonymous', 'observation.read_published', true],
  ] as const)('%s → %s: %s', (caller, operation, expected) => {
    expect(isAllowedEverywhere(PRINCIPALS[caller] as Principal, operation)).toBe(expected);
  });
});

describe('unpublishedScope', () => {
  test.each([
    ['anonymous', { kind: 'none' }],
    ['district officer of D1', { kind: 'unit', unitId: '850' }],
    ['province officer of P1', { kind: 'province', provinceId: '84' }],
    ['administrator', { kind: 'all' }],
    ['district officer without a unit', { kind: 'none' }],
  ] as const)('%s sees unpublished figures of %j', (caller, scope) => {
    expect(unpublishedScope(PRINCIPALS[caller] as Principal)).toEqual(scope);
  });
});
