import type { UnitKind } from '@edu-vn/domain';
import type { Role } from './role.js';

/** The unit facts the policy needs: which unit, what kind, and the province it belongs to (itself for a province). */
export interface UnitRef {
  id: string;
  kind: UnitKind;
  provinceId: string;
}

/** Who is calling: nobody (public reader) or an account holding a valid token. */
export type Principal =
  | { kind: 'anonymous' }
  | {
      kind: 'account';
      accountId: number;
      /** The account's login name, written into the audit log and revisions. */
      name: string;
      role: Role;
      /** Null only for administrators. */
      unit: UnitRef | null;
      tokenId: number;
    };

export type AccountPrincipal = Extract<Principal, { kind: 'account' }>;

export const ANONYMOUS: Principal = { kind: 'anonymous' };

/** The name that goes into logs and revisions for a caller. */
export function actorName(principal: Principal): string {
  return principal.kind === 'account' ? principal.name : 'anonymous';
}
