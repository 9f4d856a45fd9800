import { describe, expect, test } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.js';
import { pageRequest, toConnection } from './page.js';

describe('pageRequest', () => {
  test.each([
    [undefined, 50],
    [null, 50],
    [0, 0],
    [1, 1],
    [100, 100],
  ])('first: %j gives a page of %i', (first, expected) => {
    expect(pageRequest({ first }).first).toBe(expected);
  });

  test.each([-1, 101, 1.5])('first: %j is BAD_USER_INPUT', (first) => {
    expect(() => pageRequest({ first })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName: 'first' }) }));
  });

  test('after carries the sort key of the cursor', () => {
    expect(pageRequest({ after: encodeCursor(['848', 3]) })).toEqual({ first: 50, after: ['848', 3], cursor: encodeCursor(['848', 3]) });
  });
});

describe('cursors', () => {
  test.each([[['29416@2025']], [[0.5, 2, 0, '00001', '00001']], [['Cầu Ngang']]])('%j survives a round trip', (key) => {
    expect(decodeCursor(encodeCursor(key))).toEqual(key);
  });

  test.each(['', '!!!', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('[]').toString('base64url'), Buffer.from('[null]').toString('base64url')])(
    '%j is rejected as BAD_USER_INPUT',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    },
  );
});

describe('toConnection', () => {
  test('builds nodes, edges and page info from a page', () => {
    const connection = toConnection(
      { rows: [{ id: 'a' }, { id: 'b' }], totalCount: 5, hasNextPage: true, hasPreviousPage: false, cursors: ['ca', 'cb'] },
      (row) => row.id.toUpperCase(),
    );
    expect(connection).toEqual({
      nodes: ['A', 'B'],
      edges: [
        { cursor: 'ca', node: 'A' },
        { cursor: 'cb', node: 'B' },
      ],
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: 'ca', endCursor: 'cb' },
      totalCount: 5,
    });
  });
});
