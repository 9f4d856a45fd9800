/** Kind of administrative unit: tỉnh/thành phố TW, huyện/quận/thị xã/thành phố, xã/phường/thị trấn/đặc khu. */
export type UnitKind = 'province' | 'district' | 'commune';

/** Names of the unit levels for messages and labels: đơn vị cấp tỉnh, cấp huyện, cấp xã. */
export const UNIT_KIND_NAMES: Record<UnitKind, { vi: string; en: string }> = {
  province: { vi: 'cấp tỉnh', en: 'province' },
  district: { vi: 'cấp huyện', en: 'district' },
  commune: { vi: 'cấp xã', en: 'commune' },
};

/** Which official list a unit belongs to: the three-level tree before 1 July 2025 or the two-level one from then. */
export type UnitEra = 'pre-reform' | 'post-reform';

/** An official administrative unit (GSO code), current or historical. */
export interface AdminUnit {
  /**
   * Unique key across eras, because new units reuse old codes (new Vĩnh Long 86 is not old Vĩnh Long 86):
   * the bare code for a pre-reform unit ("84", "848", "29416"), code + "@2025" for a post-reform one ("86@2025").
   */
  id: string;
  era: UnitEra;
  /** GSO code as a string: 2 digits province, 3 district, 5 commune. */
  code: string;
  kind: UnitKind;
  /** Full official name with prefix, e.g. "Huyện Cầu Ngang". */
  name: string;
  /** Name without prefix, e.g. "Cầu Ngang". */
  shortName: string;
  /** GSO type, e.g. "Huyện", "Thị xã", "Xã", "Đặc khu". */
  type: string;
  parentCode: string | null;
  provinceCode: string;
  /** Id of the parent in the same era (district for a pre-reform commune, province for a post-reform one). */
  parentId: string | null;
  /** Id of the province in the same era. */
  provinceId: string;
  /**
   * ISO date from which the unit is known to be valid: exact for the reform (2025-07-01), otherwise the
   * first snapshot that lists it; null when it is already in the earliest snapshot (2024-05-01).
   */
  validFrom: string | null;
  /**
   * ISO date on which the unit ceased to exist (exclusive), or null while it exists: exact for the reform
   * (2025-07-01), otherwise the first snapshot that no longer lists it (an upper bound).
   */
  validTo: string | null;
  /** Name in the 2024-05-01 snapshot, where it differed; it applies before 2025-03-01. */
  formerName?: string;
  /** Parent id in the 2024-05-01 snapshot, where it differed; it applies before 2025-03-01. */
  formerParentId?: string;
}

/** How an old unit passed into a new one on the 1 July 2025 reform. */
export interface UnitSuccession {
  oldId: string;
  oldCode: string;
  oldKind: UnitKind;
  newId: string;
  newCode: string;
  newKind: UnitKind;
  /** full: the whole old unit went into the new one; partial: only part of it did. */
  relation: 'full' | 'partial';
  /** ISO date the succession took effect. */
  effective: string;
  /** The mapping's own rating of the pair ("high", "manual:high", "manual:low"); absent where a correction added the pair. */
  confidence?: string;
  /** True where the pair was corrected against the text of the resolution. */
  corrected?: boolean;
  /** True for district → commune pairs computed from the district's communes rather than read from the mapping. */
  derived?: boolean;
}
