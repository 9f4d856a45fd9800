import { OperationTypeNode } from 'graphql';
import { describe, expect, test } from 'vitest';
import { ANONYMOUS, type Principal } from '../auth/principal.js';
import { readConfig } from '../config.js';
import { readConnectionFor } from './routed-entity-manager.js';

const OFFICER: Principal = { kind: 'account', accountId: 1, name: 'duyenhai', role: 'district_officer', unit: { id: '850', kind: 'district', provinceId: '84' }, tokenId: 1 };

describe('readConnectionFor', () => {
  test.each([
    [OperationTypeNode.QUERY, ANONYMOUS, 'read'],
    [OperationTypeNode.QUERY, OFFICER, 'write'],
    [OperationTypeNode.MUTATION, ANONYMOUS, 'write'],
    [OperationTypeNode.MUTATION, OFFICER, 'write'],
    [OperationTypeNode.SUBSCRIPTION, ANONYMOUS, 'write'],
    [undefined, ANONYMOUS, 'write'],
  ] as const)('%s by %o reads the %s connection', (operation, principal, connection) => {
    expect(readConnectionFor(operation, principal)).toBe(connection);
  });
});

describe('DATABASE_READ_URLS', () => {
  const DATABASE_URL = 'postgresql://edu_api:secret@edu-db-rw:5432/edu';

  test.each([
    [undefined, []],
    ['', []],
    ['postgresql://edu_api:secret@edu-db-ro:5432/edu', ['postgresql://edu_api:secret@edu-db-ro:5432/edu']],
    [' postgres://a@r1/edu , postgresql://a@r2/edu ,', ['postgres://a@r1/edu', 'postgresql://a@r2/edu']],
  ])('%j gives %j', (value, urls) => {
    expect(readConfig({ DATABASE_URL, DATABASE_READ_URLS: value }).databaseReadUrls).toEqual(urls);
  });

  test.each(['mysql://a@r1/edu', 'edu-db-ro:5432', 'postgresql://a@r1/edu,http://r2'])('%j is refused, naming the entry', (value) => {
    expect(() => readConfig({ DATABASE_URL, DATABASE_READ_URLS: value })).toThrow(/DATABASE_READ_URLS has an entry that is not a PostgreSQL URL "(mysql|edu-db|http)/);
  });

  test('is refused without DATABASE_URL: the embedded server has no replicas', () => {
    expect(() => readConfig({ DATABASE_READ_URLS: 'postgresql://a@r1/edu' })).toThrow(/DATABASE_READ_URLS needs DATABASE_URL/);
  });
});
