import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Request headers that carry credentials; they never reach the logs. */
const REDACTED = ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]', 'res.headers["set-cookie"]'];

/** The process logger: JSON lines (stdout unless a destination is given), one object per event. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, base: { service: 'edu-vn-api' }, redact: { paths: REDACTED, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}
