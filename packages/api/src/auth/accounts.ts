import type { UnitKind } from '@edu-vn/domain';
import { sql, type Kysely } from 'kysely';
import { recordAudit } from '../audit/record-audit.js';
import { issueApiToken, tokenState } from './api-token.js';
import { ROLE_LABELS, ROLE_UNIT_KIND, type Role } from './role.js';

/** A mistake in an account or token command, in both languages. */
export class AccountError extends Error {
  constructor(
    readonly messageVi: string,
    readonly messageEn: string,
  ) {
    super(`${messageVi} / ${messageEn}`);
  }
}

export interface AccountInput {
  name: string;
  displayName?: string;
  role: Role;
  unitId: string | null;
}

const NAME = /^[a-z0-9][a-z0-9._-]{1,62}$/;

/** Creates an account, or returns the existing one when name, role and unit agree; a disagreement is an error. */
export async function ensureAccount(db: Kysely<unknown>, input: AccountInput, actor: string): Promise<number> {
  if (!NAME.test(input.name)) {
    throw new AccountError(`Tên tài khoản «${input.name}» chỉ gồm chữ thường, số, dấu chấm, gạch (2-63 ký tự)`, `Account name "${input.name}" must be 2-63 lower-case letters, digits, dots, dashes or underscores`);
  }
  const kind = ROLE_UNIT_KIND[input.role];
  if (kind === null && input.unitId !== null) {
    throw new AccountError('Quản trị viên không gắn với đơn vị nào', 'An administrator belongs to no unit');
  }
  if (kind !== null) {
    if (input.unitId === null) throw new AccountError(`${ROLE_LABELS[input.role].vi} cần một đơn vị`, `A ${ROLE_LABELS[input.role].en.toLowerCase()} needs a unit`);
    const { rows } = await sql<{ kind: UnitKind }>`select kind from admin_unit where id = ${input.unitId}`.execute(db);
    if (rows[0] === undefined) throw new AccountError(`Không có đơn vị «${input.unitId}»`, `There is no unit "${input.unitId}"`);
    if (rows[0].kind !== kind) {
      throw new AccountError(`${ROLE_LABELS[input.role].vi} phải thuộc một ${kind === 'district' ? 'huyện' : 'tỉnh'}`, `A ${ROLE_LABELS[input.role].en.toLowerCase()} must belong to a ${kind}`);
    }
  }
  const { rows: existing } = await sql<{ id: number; role: Role; unit_id: string | null }>`select id, role, unit_id from account where name = ${input.name}`.execute(db);
  const found = existing[0];
  if (found) {
    if (found.role !== input.role || found.unit_id !== input.unitId) {
      throw new AccountError(`Tài khoản «${input.name}» đã có với vai trò hoặc đơn vị khác`, `Account "${input.name}" exists with another role or unit`);
    }
    return found.id;
  }
  const { rows } = await sql<{ id: number }>`insert into account (name, display_name, role, unit_id, created_at)
    values (${input.name}, ${input.displayName ?? input.name}, ${input.role}, ${input.unitId}, now()) returning id`.execute(db);
  const id = (rows[0] as { id: number }).id;
  await recordAudit(db, { actor, action: 'account.create', subjectType: 'account', subjectId: input.name, unitId: input.unitId, details: { role: input.role }, comment: null });
  return id;
}

export interface CreatedToken {
  id: number;
  /** The secret, shown once: only its hash is stored. */
  token: string;
  expiresAt: Date;
}

/** Issues a token for an account, valid for `lifetimeMs`. */
export async function createToken(db: Kysely<unknown>, accountName: string, lifetimeMs: number, label: string | null, actor: string, now: Date = new Date()): Promise<CreatedToken> {
  const { rows: accounts } = await sql<{ id: number; unit_id: string | null }>`select id, unit_id from account where name = ${accountName}`.execute(db);
  const account = accounts[0];
  if (!account) throw new AccountError(`Không có tài khoản «${accountName}»`, `There is no account "${accountName}"`);
  const issued = issueApiToken();
  const expiresAt = new Date(now.getTime() + lifetimeMs);
  const { rows } = await sql<{ id: number }>`insert into api_token (account_id, token_hash, hint, label, created_at, expires_at)
    values (${account.id}, ${issued.hash}, ${issued.hint}, ${label}, ${now}, ${expiresAt}) returning id`.execute(db);
  const id = (rows[0] as { id: number }).id;
  await recordAudit(db, { actor, action: 'token.create', subjectType: 'api_token', subjectId: String(id), unitId: account.unit_id, details: { account: accountName, hint: issued.hint, expiresAt: expiresAt.toISOString(), label }, comment: null });
  return { id, token: issued.token, expiresAt };
}

/** Revokes a token for good; revoking it again changes nothing. Returns false when there is no such token. */
export async function revokeToken(db: Kysely<unknown>, tokenId: number, actor: string): Promise<boolean> {
  const { rows } = await sql<{ id: number; revoked: boolean; unit_id: string | null; name: string }>`
    select t.id, t.revoked_at is not null as revoked, a.unit_id, a.name from api_token t join account a on a.id = t.account_id where t.id = ${tokenId} for update of t`.execute(db);
  const token = rows[0];
  if (!token) return false;
  if (token.revoked) return true;
  await sql`update api_token set revoked_at = now() where id = ${tokenId}`.execute(db);
  await recordAudit(db, { actor, action: 'token.revoke', subjectType: 'api_token', subjectId: String(tokenId), unitId: token.unit_id, details: { account: token.name }, comment: null });
  return true;
}

export interface TokenListing {
  id: number;
  account: string;
  role: Role;
  unitId: string | null;
  hint: string;
  label: string | null;
  createdAt: Date;
  expiresAt: Date;
  state: 'active' | 'expired' | 'revoked';
}

/** Every token with its account and state; never the secret, which is not stored. */
export async function listTokens(db: Kysely<unknown>, now: Date = new Date()): Promise<TokenListing[]> {
  const { rows } = await sql<{ id: number; name: string; role: Role; unit_id: string | null; hint: string; label: string | null; created_at: Date; expires_at: Date; revoked_at: Date | null }>`
    select t.id, a.name, a.role, a.unit_id, t.hint, t.label, t.created_at, t.expires_at, t.revoked_at
    from api_token t join account a on a.id = t.account_id order by t.id`.execute(db);
  return rows.map((row) => ({
    id: row.id,
    account: row.name,
    role: row.role,
    unitId: row.unit_id,
    hint: row.hint,
    label: row.label,
    createdAt: new Date(row.created_at),
    expiresAt: new Date(row.expires_at),
    state: tokenState({ expiresAt: new Date(row.expires_at), revokedAt: row.revoked_at }, now),
  }));
}
