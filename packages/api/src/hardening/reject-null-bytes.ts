import type { RequestHandler } from 'express';

/** Whether a parsed value holds a NUL character anywhere: PostgreSQL text cannot store one and fails the statement. */
function holdsNullByte(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 32 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((item) => holdsNullByte(item, depth + 1));
  return Object.entries(value).some(([key, item]) => key.includes('\u0000') || holdsNullByte(item, depth + 1));
}

/** A GraphQL string escape of NUL (`\u0000`, `\u{0}`) in a query text, which the parser turns into the character itself. */
const ESCAPED_NUL = /\\u(?:0000|\{0+\})/i;

function graphqlText(source: unknown): string {
  const query = (source as { query?: unknown } | undefined)?.query;
  return typeof query === 'string' ? query : '';
}

/**
 * Refuses (HTTP 400) a request whose path, query string or parsed JSON body carries a NUL character, before it can
 * reach PostgreSQL, which rejects it as a protocol fault (08P01) and so turns the client's mistake into a server error;
 * the same for a GraphQL query text that writes NUL as an escape.
 */
export const rejectNullBytes: RequestHandler = (req, res, next) => {
  let path = req.path;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    // A malformed escape is for the route to refuse; only NUL characters are judged here.
  }
  const escaped = ESCAPED_NUL.test(graphqlText(req.query)) || ESCAPED_NUL.test(graphqlText(req.body));
  if (!escaped && !path.includes('\u0000') && !holdsNullByte(req.query) && !holdsNullByte(req.body)) return next();
  res.status(400).json({
    errors: [
      {
        message: 'Yêu cầu chứa ký tự NUL (\\u0000), không được phép / The request contains a NUL character (\\u0000), which is not allowed',
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ],
  });
};
