import { normalizeVi } from '../text/normalize-vi.js';
import type { AdminUnit, UnitKind, UnitSuccession } from './admin-unit.js';
import { parseAdminUnitData } from './parse-admin-unit-data.js';
import { assertIsoDate, isUnitValidOn, unitParentIdOn } from './unit-dates.js';

/** Options for {@link UnitRegistry.search}. */
export interface UnitSearchOptions {
  kind?: UnitKind;
  /** Only units valid on this ISO date. */
  onDate?: string;
  /** At most this many results (default 20). */
  limit?: number;
}

interface SearchEntry {
  unit: AdminUnit;
  shortKey: string;
  nameKey: string;
  formerKey: string | null;
}

const KIND_RANK: Record<UnitKind, number> = { province: 0, district: 1, commune: 2 };

function byCodeThenId(a: AdminUnit, b: AdminUnit): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** How well a search key matches: 0 exact, 1 prefix, 2 at a word start, 3 anywhere, Infinity not at all. */
function matchRank(key: string, query: string): number {
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  const at = key.indexOf(query);
  if (at < 0) return Infinity;
  return key.includes(` ${query}`) ? 2 : 3;
}

/**
 * Every administrative unit before and after the 2025 reform, indexed once for lookups by id, code and date,
 * the tree, the reform's successions both ways, and diacritic-insensitive name search.
 */
export class UnitRegistry {
  readonly units: readonly AdminUnit[];
  readonly successions: readonly UnitSuccession[];
  readonly #byId = new Map<string, AdminUnit>();
  readonly #byCode = new Map<string, AdminUnit[]>();
  readonly #children = new Map<string, AdminUnit[]>();
  readonly #successors = new Map<string, UnitSuccession[]>();
  readonly #predecessors = new Map<string, UnitSuccession[]>();
  #search: SearchEntry[] | undefined;

  constructor(units: readonly AdminUnit[], successions: readonly UnitSuccession[]) {
    this.units = units;
    this.successions = successions;
    for (const unit of units) {
      this.#byId.set(unit.id, unit);
      push(this.#byCode, unit.code, unit);
      if (unit.parentId !== null) push(this.#children, unit.parentId, unit);
      if (unit.formerParentId !== undefined) push(this.#children, unit.formerParentId, unit);
    }
    for (const list of this.#byCode.values()) list.sort((a, b) => (a.era === b.era ? 0 : a.era === 'pre-reform' ? -1 : 1));
    for (const list of this.#children.values()) list.sort(byCodeThenId);
    for (const succession of successions) {
      push(this.#successors, succession.oldId, succession);
      push(this.#predecessors, succession.newId, succession);
    }
  }

  /** Search keys are folded on the first search, so lookups alone do not pay for them. */
  #searchEntries(): SearchEntry[] {
    this.#search ??= this.units.map((unit) => ({
      unit,
      shortKey: normalizeVi(unit.shortName),
      nameKey: normalizeVi(unit.name),
      formerKey: unit.formerName === undefined ? null : normalizeVi(unit.formerName),
    }));
    return this.#search;
  }

  /** Builds a registry from the texts of units.csv and successions-2025-07-01.csv. */
  static fromCsv(unitsCsv: string, successionsCsv: string): UnitRegistry {
    const { units, successions } = parseAdminUnitData(unitsCsv, successionsCsv);
    return new UnitRegistry(units, successions);
  }

  /** The unit with this id ("848", "29416@2025"). */
  byId(id: string): AdminUnit | undefined {
    return this.#byId.get(id);
  }

  /**
   * The unit with this GSO code valid on the date; without a date, the latest unit that has carried the code
   * (the post-reform one where the code was reused).
   */
  byCode(code: string, onDate?: string): AdminUnit | undefined {
    const list = this.#byCode.get(code) ?? [];
    if (onDate === undefined) return list.at(-1);
    assertIsoDate(onDate);
    return list.find((unit) => isUnitValidOn(unit, onDate));
  }

  /** Every unit that has carried this GSO code, pre-reform first. */
  allByCode(code: string): readonly AdminUnit[] {
    return this.#byCode.get(code) ?? [];
  }

  /** Units directly under this one on the date; without a date, every unit the sources ever list under it. */
  children(id: string, onDate?: string): AdminUnit[] {
    const list = this.#children.get(id) ?? [];
    if (onDate === undefined) return [...list];
    assertIsoDate(onDate);
    return list.filter((unit) => unitParentIdOn(unit, onDate) === id && isUnitValidOn(unit, onDate));
  }

  /** Parent, grandparent…: commune → district → province before the reform, commune → province after it. */
  ancestors(id: string, onDate?: string): AdminUnit[] {
    if (onDate !== undefined) assertIsoDate(onDate);
    const result: AdminUnit[] = [];
    let unit = this.#byId.get(id);
    while (unit) {
      const parentId = onDate === undefined ? unit.parentId : unitParentIdOn(unit, onDate);
      unit = parentId === null ? undefined : this.#byId.get(parentId);
      if (unit) result.push(unit);
    }
    return result;
  }

  /** The units this one passed into on 1 July 2025, each with full or partial. */
  successors(id: string): readonly UnitSuccession[] {
    return this.#successors.get(id) ?? [];
  }

  /** The units that passed (wholly or partly) into this one on 1 July 2025. */
  predecessors(id: string): readonly UnitSuccession[] {
    return this.#predecessors.get(id) ?? [];
  }

  /** Units valid on the ISO date, optionally of one kind. */
  unitsValidOn(date: string, kind?: UnitKind): AdminUnit[] {
    assertIsoDate(date);
    return this.units.filter((unit) => (kind === undefined || unit.kind === kind) && isUnitValidOn(unit, date));
  }

  /** The new province that a pre-reform unit's province became on 1 July 2025. */
  provinceAfterReform(oldId: string): AdminUnit | undefined {
    const unit = this.#byId.get(oldId);
    if (!unit || unit.era !== 'pre-reform') return undefined;
    const succession = this.successors(unit.provinceId).find((s) => s.newKind === 'province');
    return succession && this.#byId.get(succession.newId);
  }

  /**
   * Units whose name (with or without prefix, or the earlier snapshot's name) contains the query, ignoring
   * diacritics and case; exact and prefix matches first, then provinces before districts before communes.
   */
  search(query: string, options: UnitSearchOptions = {}): AdminUnit[] {
    const needle = normalizeVi(query);
    if (needle === '') return [];
    if (options.onDate !== undefined) assertIsoDate(options.onDate);
    const hits: { unit: AdminUnit; rank: number }[] = [];
    for (const entry of this.#searchEntries()) {
      const { unit } = entry;
      if (options.kind !== undefined && unit.kind !== options.kind) continue;
      if (options.onDate !== undefined && !isUnitValidOn(unit, options.onDate)) continue;
      const rank = Math.min(
        matchRank(entry.shortKey, needle),
        matchRank(entry.nameKey, needle),
        entry.formerKey === null ? Infinity : matchRank(entry.formerKey, needle) + 0.5,
      );
      if (rank !== Infinity) hits.push({ unit, rank });
    }
    hits.sort(
      (a, b) =>
        a.rank - b.rank ||
        KIND_RANK[a.unit.kind] - KIND_RANK[b.unit.kind] ||
        Number(a.unit.validTo !== null) - Number(b.unit.validTo !== null) ||
        byCodeThenId(a.unit, b.unit),
    );
    return hits.slice(0, options.limit ?? 20).map((hit) => hit.unit);
  }
}
