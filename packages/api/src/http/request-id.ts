import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Ids a client or proxy may pass in x-request-id; anything else is replaced, so logs stay clean. */
const ACCEPTABLE_ID = /^[\w.:-]{1,128}$/;

/** The request's id: the caller's x-request-id when acceptable, else a new UUID; echoed in the response. */
export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && ACCEPTABLE_ID.test(given) ? given : randomUUID();
  res.setHeader('x-request-id', id);
  return id;
}
