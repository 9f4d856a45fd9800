import { describe, expect, test } from 'vitest';
import { withVietnamese } from './bilingual-errors.js';

const error = (message: string, code: string) => ({ message, extensions: { code } });

describe('Vietnamese before the library messages', () => {
  test.each([
    ['Syntax Error: Expected Name, found <EOF>.', 'GRAPHQL_PARSE_FAILED', 'Truy vấn sai cú pháp GraphQL / Syntax Error: Expected Name, found <EOF>.'],
    ['Syntax Error: Document contains more that 1000 tokens. Parsing aborted.', 'GRAPHQL_PARSE_FAILED', 'Truy vấn có hơn 1000 ký hiệu (token), vượt giới hạn / Syntax Error: Document contains more that 1000 tokens. Parsing aborted.'],
    ['Cannot spread fragment "A" within itself via "B".', 'GRAPHQL_VALIDATION_FAILED', 'Mảnh «A» tự lồng vào chính nó (vòng lặp fragment) / Cannot spread fragment "A" within itself via "B".'],
    ['Cannot query field "nope" on type "Unit".', 'GRAPHQL_VALIDATION_FAILED', 'Không có trường «nope» / Cannot query field "nope" on type "Unit".'],
    ['Variable "$n" got invalid value "x"; Int cannot represent non-integer value: "x"', 'BAD_USER_INPUT', 'Biến «$n» không hợp lệ / Variable "$n" got invalid value "x"; Int cannot represent non-integer value: "x"'],
    ['Operation batching disabled.', 'BAD_REQUEST', 'Không nhận nhiều thao tác trong một yêu cầu (batching đã tắt) / Operation batching disabled.'],
    ['Something new from a library', 'GRAPHQL_VALIDATION_FAILED', 'Truy vấn không hợp lệ theo lược đồ / Something new from a library'],
  ])('%s', (message, code, expected) => {
    expect(withVietnamese(error(message, code)).message).toBe(expected);
  });

  test.each([
    ['a message already in both languages', error('Sai / Wrong', 'BAD_USER_INPUT')],
    ['an internal error', error('Lỗi nội bộ của máy chủ / Internal server error', 'INTERNAL_SERVER_ERROR')],
    ['an error of the API', error('Chi phí truy vấn 9000, tối đa 5000 / Query cost 9000, at most 5000', 'QUERY_TOO_COSTLY')],
  ])('leaves %s as it is', (_name, formatted) => {
    expect(withVietnamese(formatted)).toBe(formatted);
  });
});
