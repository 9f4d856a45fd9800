import type { UnitKind } from '@edu-vn/domain';
import { sql, type Kysely } from 'kysely';
import { userInfo } from 'node:os';
import type { Principal } from '../auth/principal.js';
import type { Role } from '../auth/role.js';
import { UsageError } from './cli-command.js';

/**
 * Who a command acts as: the named account (its role and unit then limit what the command may do), or, without
 * one, the operator at the console as an administrator, logged as "cli:<user>".
 */
export async function cliPrincipal(db: Kysely<unknown>, account: string | undefined): Promise<Principal> {
  if (account === undefined) {
    return { kind: 'account', accountId: 0, name: `cli:${userInfo().username}`, role: 'admin', unit: null, tokenId: 0 };
  }
  const { rows } = await sql<{ id: number; name: string; role: Role; unit_id: string | null; kind: UnitKind | null; province_id: string | null }>`
    select a.id, a.name, a.role, a.unit_id, u.kind, u.province_id from account a left join admin_unit u on u.id = a.unit_id where a.name = ${account}`.execute(db);
  const row = rows[0];
  if (!row) throw new UsageError(`Không có tài khoản «${account}»`, `There is no account "${account}"`);
  return {
    kind: 'account',
    accountId: row.id,
    name: row.name,
    role: row.role,
    unit: row.unit_id === null || row.kind === null || row.province_id === null ? null : { id: row.unit_id, kind: row.kind, provinceId: row.province_id },
    tokenId: 0,
  };
}

/** The operator's name for the audit log when no account is given. */
export function operatorName(): string {
  return `cli:${userInfo().username}`;
}
