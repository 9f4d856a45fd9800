/** What an account may do is decided by its role and its unit (see policy.ts). */
export const ROLES = ['district_officer', 'province_officer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Names of the roles, Vietnamese first. */
export const ROLE_LABELS: Readonly<Record<Role, { vi: string; en: string }>> = {
  district_officer: { vi: 'Cán bộ Phòng GD&ĐT', en: 'District education office officer' },
  province_officer: { vi: 'Cán bộ Sở GD&ĐT', en: 'Provincial department officer' },
  admin: { vi: 'Quản trị viên', en: 'Administrator' },
};

/** The kind of unit an account of each role belongs to; an administrator belongs to none. */
export const ROLE_UNIT_KIND: Readonly<Record<Role, 'district' | 'province' | null>> = {
  district_officer: 'district',
  province_officer: 'province',
  admin: null,
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
