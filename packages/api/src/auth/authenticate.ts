import type { UnitKind } from '@edu-vn/domain';
import { GraphQLError } from 'graphql';
import { sql, type Kysely } from 'kysely';
import { hashApiToken, readBearer, tokenState } from './api-token.js';
import { ANONYMOUS, type Principal } from './principal.js';
import type { Role } from './role.js';

interface TokenRow {
  token_id: number;
  expires_at: Date;
  revoked_at: Date | null;
  account_id: number;
  name: string;
  role: Role;
  unit_id: string | null;
  unit_kind: UnitKind | null;
  province_id: string | null;
}

/** The error for a missing, unknown, expired or revoked token: HTTP 401, never a silent fall back to anonymous. */
export function unauthenticated(reason: 'malformed' | 'unknown' | 'expired' | 'revoked'): GraphQLError {
  const messages = {
    malformed: ['Tiêu đề Authorization phải có dạng «Bearer <mã truy cập>»', 'The Authorization header must be "Bearer <token>"'],
    unknown: ['Mã truy cập không đúng', 'Unknown API token'],
    expired: ['Mã truy cập đã hết hạn', 'The API token has expired'],
    revoked: ['Mã truy cập đã bị thu hồi', 'The API token has been revoked'],
  } as const;
  const [vi, en] = messages[reason];
  return new GraphQLError(`${vi} / ${en}`, { extensions: { code: 'UNAUTHENTICATED', reason, http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) } } });
}

/** Finds the account behind a token by the token's hash, in one statement. */
async function findToken(db: Kysely<unknown>, hash: string): Promise<TokenRow | undefined> {
  const { rows } = await sql<TokenRow>`
    select t.id as token_id, t.expires_at, t.revoked_at, a.id as account_id, a.name, a.role, a.unit_id, u.kind as unit_kind, u.province_id
    from api_token t join account a on a.id = t.account_id left join admin_unit u on u.id = a.unit_id
    where t.token_hash = ${hash}`.execute(db);
  return rows[0];
}

/** Who sends a request: anonymous without an Authorization header; otherwise the token's account, or a 401 error. */
export async function authenticate(db: Kysely<unknown>, authorization: string | undefined, now: Date = new Date()): Promise<Principal> {
  const bearer = readBearer(authorization);
  if (bearer.kind === 'none') return ANONYMOUS;
  if (bearer.kind === 'malformed') throw unauthenticated('malformed');
  const row = await findToken(db, hashApiToken(bearer.token));
  if (!row) throw unauthenticated('unknown');
  const state = tokenState({ expiresAt: new Date(row.expires_at), revokedAt: row.revoked_at }, now);
  if (state !== 'active') throw unauthenticated(state);
  return {
    kind: 'account',
    accountId: row.account_id,
    name: row.name,
    role: row.role,
    unit: row.unit_id === null || row.unit_kind === null || row.province_id === null ? null : { id: row.unit_id, kind: row.unit_kind, provinceId: row.province_id },
    tokenId: row.token_id,
  };
}
