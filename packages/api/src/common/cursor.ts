import type { GraphQLError } from 'graphql';
import { userError } from './user-error.js';

/** The sort key of a row, which a cursor carries: strings and numbers, compared left to right. */
export type SortKey = readonly (string | number)[];

/** An opaque cursor: base64url of the row's sort key. */
export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The error for a cursor this list did not make. */
export function invalidCursor(cursor: string): GraphQLError {
  return userError('BAD_USER_INPUT', `Con trỏ "after" không hợp lệ: "${cursor}"`, `Invalid "after" cursor: "${cursor}"`, { argumentName: 'after' });
}

/** Reads a cursor made by {@link encodeCursor}; anything else is the client's error. */
export function decodeCursor(cursor: string): SortKey {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor(cursor);
  }
  if (!Array.isArray(key) || key.length === 0 || !key.every((part) => typeof part === 'string' || typeof part === 'number')) {
    throw invalidCursor(cursor);
  }
  return key;
}
