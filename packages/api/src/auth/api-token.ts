import { createHash, randomBytes } from 'node:crypto';

/** Tokens start with this, so a leaked one is recognisable by secret scanners and in logs. */
export const TOKEN_PREFIX = 'evn_';
const TOKEN_PATTERN = /^evn_[A-Za-z0-9_-]{43}$/;

/** A new token: the secret shown once to its owner, and what the database keeps (its hash and a short hint). */
export interface IssuedToken {
  token: string;
  hash: string;
  /** The first characters after the prefix, enough to tell tokens apart in a list without revealing them. */
  hint: string;
}

/** 32 random bytes: guessing is hopeless, so a plain SHA-256 (no salt, no slow hash) is the right way to store it. */
export function issueApiToken(): IssuedToken {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, hash: hashApiToken(token), hint: tokenHint(token) };
}

/** SHA-256 of the token in hex: what is stored and looked up. */
export function hashApiToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function tokenHint(token: string): string {
  return token.slice(TOKEN_PREFIX.length, TOKEN_PREFIX.length + 6);
}

/** Whether a string has the shape of a token, so malformed input is refused before any lookup. */
export function isWellFormedToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/** What an Authorization header carries: nothing, a bearer token, or something the API does not accept. */
export type BearerResult = { kind: 'none' } | { kind: 'token'; token: string } | { kind: 'malformed' };

/** Reads `Authorization: Bearer <token>`; any other scheme or shape is malformed, never silently anonymous. */
export function readBearer(header: string | undefined): BearerResult {
  if (header === undefined || header.trim() === '') return { kind: 'none' };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header.trim());
  if (!match?.[1] || !isWellFormedToken(match[1])) return { kind: 'malformed' };
  return { kind: 'token', token: match[1] };
}

/** The stored facts that decide whether a token still works. */
export interface TokenValidity {
  expiresAt: Date;
  revokedAt: Date | null;
}

export type TokenState = 'active' | 'expired' | 'revoked';

/** A revoked token stays revoked even after it would have expired; the expiry instant itself no longer counts. */
export function tokenState(token: TokenValidity, now: Date): TokenState {
  if (token.revokedAt !== null) return 'revoked';
  return token.expiresAt.getTime() > now.getTime() ? 'active' : 'expired';
}

const DURATION = /^(\d+)\s*(h|d|w)$/;
const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;
/** Tokens last at most a year; longer-lived secrets end up in places nobody remembers. */
export const MAX_TOKEN_LIFETIME_MS = 366 * 86_400_000;

/** Reads a lifetime such as "12h", "90d" or "4w"; null for anything else or beyond a year. */
export function parseTokenLifetime(text: string): number | null {
  const match = DURATION.exec(text.trim());
  if (!match) return null;
  const ms = Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
  return ms > 0 && ms <= MAX_TOKEN_LIFETIME_MS ? ms : null;
}
