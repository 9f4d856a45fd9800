/** Kind of administrative unit: tỉnh/thành phố TW, huyện/quận/thị xã/thành phố, xã/phường/thị trấn/đặc khu. */
export type UnitKind = 'province' | 'district' | 'commune';

/** An official administrative unit (GSO code), current or historical. */
export interface AdminUnit {
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
  /** ISO date from which the unit is known to be valid (first snapshot that lists it). */
  validFrom: string;
  /** ISO date on which the unit ceased to exist (exclusive), or null while it exists. */
  validTo: string | null;
}

/** How an old unit passed into a new one on the 1 July 2025 reform. */
export interface UnitSuccession {
  oldCode: string;
  oldKind: UnitKind;
  newCode: string;
  newKind: UnitKind;
  /** full: the whole old unit went into the new one; partial: only part of it did. */
  relation: 'full' | 'partial';
  /** ISO date the succession took effect. */
  effective: string;
}
