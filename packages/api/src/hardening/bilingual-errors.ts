import type { GraphQLFormattedError } from 'graphql';

/** Codes whose messages come from graphql-js or Apollo, in English only. */
const LIBRARY_CODES: ReadonlySet<string> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Vietnamese for the library messages a client meets, most specific first; `$1` is the first capture. */
const TRANSLATIONS: readonly [RegExp, string][] = [
  [/Document contains more tha[nt] (\d+) tokens/, 'Truy vấn có hơn $1 ký hiệu (token), vượt giới hạn'],
  [/^Syntax Error/, 'Truy vấn sai cú pháp GraphQL'],
  [/^Cannot spread fragment "([^"]+)" within itself/, 'Mảnh «$1» tự lồng vào chính nó (vòng lặp fragment)'],
  [/introspection is not allowed/i, 'Máy chủ không cho phép truy vấn lược đồ (introspection)'],
  [/^Cannot query field "([^"]+)"/, 'Không có trường «$1»'],
  [/^Unknown argument "([^"]+)"/, 'Không có tham số «$1»'],
  [/^Variable "\$([^"]+)"/, 'Biến «$$$1» không hợp lệ'],
  [/batching/i, 'Không nhận nhiều thao tác trong một yêu cầu (batching đã tắt)'],
  [/Cross-Site Request Forgery/, 'Yêu cầu bị chặn vì có thể là giả mạo yêu cầu liên trang (CSRF); hãy gửi Content-Type: application/json'],
  [/must contain a non-empty `query`|POST body missing|GraphQL queries must be strings/, 'Yêu cầu không có truy vấn GraphQL hợp lệ'],
  [/^Unknown fragment "([^"]+)"/, 'Không có mảnh (fragment) «$1»'],
  [/^Fragment "([^"]+)" is never used/, 'Mảnh (fragment) «$1» không được dùng'],
  [/^Unknown directive "([^"]+)"/, 'Không có chỉ thị «$1»'],
];

const GENERIC: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'Truy vấn sai cú pháp GraphQL',
  GRAPHQL_VALIDATION_FAILED: 'Truy vấn không hợp lệ theo lược đồ',
  BAD_USER_INPUT: 'Giá trị gửi lên không hợp lệ',
};

/** Whether a message is already written in both languages (the API's own errors are "tiếng Việt / English"). */
function isBilingual(message: string): boolean {
  return message.includes(' / ');
}

/**
 * Puts Vietnamese before the English messages that graphql-js and Apollo write (syntax errors, validation, batching,
 * CSRF), so every refusal a client sees reads "tiếng Việt / English" like the API's own.
 */
export function withVietnamese(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code !== 'string' || !LIBRARY_CODES.has(code) || isBilingual(formatted.message)) return formatted;
  const match = TRANSLATIONS.find(([pattern]) => pattern.test(formatted.message));
  const vi = match ? formatted.message.match(match[0])?.[0].replace(match[0], match[1]) : (GENERIC[code] ?? 'Yêu cầu không hợp lệ');
  return { ...formatted, message: `${vi} / ${formatted.message}` };
}
