import type { ParsedTarget } from './target.js';

/** Why a phrase could not be read as a target; the parser never guesses, it says which of these it met. */
export type TargetParseFailureCode =
  | 'empty'
  | 'no_quantity'
  | 'ambiguous'
  | 'needs_direction'
  | 'unit_missing'
  | 'unit_unknown'
  | 'unit_mismatch'
  | 'incomplete_comparator'
  | 'conflicting_comparators'
  | 'invalid_number'
  | 'out_of_range'
  | 'invalid_range';

export interface TargetParseFailure {
  code: TargetParseFailureCode;
  /** The phrase as given. */
  text: string;
  messageVi: string;
  messageEn: string;
}

export type TargetParseResult = { ok: true; target: ParsedTarget } | { ok: false; failure: TargetParseFailure };

/** Names of units inside messages. */
export const UNIT_NAMES: Readonly<Record<ParsedTarget['unit'], { vi: string; en: string }>> = {
  percent: { vi: 'tỷ lệ phần trăm', en: 'a percentage' },
  count: { vi: 'số lượng', en: 'a count' },
  ordinal: { vi: 'mức độ', en: 'an ordinal level' },
  percentage_points: { vi: 'mức thay đổi (điểm phần trăm)', en: 'a change in percentage points' },
  ratio: { vi: 'tỷ số', en: 'a ratio' },
  money: { vi: 'số tiền', en: 'an amount of money' },
};

/** A failed parse, with its messages in both languages. */
export function parseFailure(code: TargetParseFailureCode, text: string, messageVi: string, messageEn: string): TargetParseResult {
  return { ok: false, failure: { code, text, messageVi, messageEn } };
}
