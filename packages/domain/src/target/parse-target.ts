import { formatNumber } from '../format/format-number.js';
import { parseViNumber } from '../format/parse-number.js';
import type { Direction } from '../indicator/indicator.js';
import type { Comparator, ParsedTarget } from './target.js';
import { parseFailure, UNIT_NAMES, type TargetParseResult } from './target-parse-failure.js';
import {
  CHANGE_JUST_BEFORE,
  CHANGE_OF_RATE,
  COUNT_NOUN,
  DOCUMENT_NUMBER_TAIL,
  LEVEL_AFTER_CHANGE,
  MONEY_MULTIPLIER,
  MONEY_NOUN,
  ORDINAL_BEFORE,
  PREFIX_WORDS,
  QUALIFIER_BEFORE,
  QUALIFIER_NOUN,
  SUFFIX_WORDS,
  type PrefixMeaning,
} from './target-phrase-words.js';

export interface TargetParseOptions {
  /** The indicator's direction: what a bare figure ("mẫu giáo 85%") or "đạt X" asks for. */
  direction?: Direction;
  /** The indicator's unit: the unit of a figure the phrase leaves without one ("23.800", "đạt 1,5"), and checked against any unit it names. */
  unit?: ParsedTarget['unit'];
}

type FigureKind = 'percent' | 'count' | 'money' | 'ordinal' | 'bare' | 'qualifier' | 'unknown';

/** One number of the phrase, with what surrounds it. */
interface Figure {
  kind: FigureKind;
  /** Where the figure starts (at "mức độ" for an ordinal) and where its number, "%" included, ends. */
  start: number;
  numberEnd: number;
  /** Where the figure ends, its noun included ("02 trường"). */
  end: number;
  shape: 'single' | 'range' | 'fraction';
  first: string;
  second?: string;
  /** As written, for messages: "01-02 xã", "99,5%". */
  written: string;
  noun?: string;
}

const NUMBER = /(?<![\p{L}\p{N}.,/-])\d+(?:[.,]\d+)*/gu;
const RANGE_TAIL = /^\s*(?:-|đến)\s*(\d+(?:[.,]\d+)*)(?![\p{N}])/u;
const FRACTION_TAIL = /^\s*\/\s*(\d+(?:[.,]\d+)*)(?![\p{N}])/u;
const DATE_TAIL = /^\s*\/\s*\d/u;
const PERCENT_SIGN = /^\s*%/u;
const PHRASE_END = /^\s*(?:$|[,;.:)\]"”’'(]|trở (?:lên|xuống)(?!\p{L}))/u;
const NEXT_WORD = /^\s*([^\s,;.:()]+)/u;

/** Folds what does not change meaning: Unicode form, case, dashes, spaces (line breaks inside a phrase copied from a PDF). */
function fold(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Finds every number of the phrase and decides what each one is. */
function findFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  NUMBER.lastIndex = 0;
  for (let match = NUMBER.exec(text); match !== null; match = NUMBER.exec(text)) {
    const numberStart = match.index;
    let pos = numberStart + match[0].length;
    let shape: Figure['shape'] = 'single';
    let second: string | undefined;
    let percent = false;
    const firstPercent = PERCENT_SIGN.exec(text.slice(pos));
    const afterFirst = firstPercent ? pos + firstPercent[0].length : pos;
    const range = RANGE_TAIL.exec(text.slice(afterFirst));
    const fraction = firstPercent ? null : FRACTION_TAIL.exec(text.slice(pos));
    if (range) {
      shape = 'range';
      second = range[1];
      pos = afterFirst + range[0].length;
    } else if (fraction) {
      shape = 'fraction';
      second = fraction[1];
      pos += fraction[0].length;
    } else {
      pos = afterFirst;
      percent = firstPercent !== null;
    }
    if (shape !== 'single') {
      const lastPercent = PERCENT_SIGN.exec(text.slice(pos));
      if (lastPercent) pos += lastPercent[0].length;
      percent = firstPercent !== null || lastPercent !== null;
    }
    NUMBER.lastIndex = pos;
    const figure: Figure = { kind: 'unknown', start: numberStart, numberEnd: pos, end: pos, shape, first: match[0], written: '' };
    if (second !== undefined) figure.second = second;
    if (shape === 'fraction' && DATE_TAIL.test(text.slice(pos))) {
      figure.kind = 'qualifier';
      NUMBER.lastIndex = pos + (/^\s*\/\s*\d+/u.exec(text.slice(pos))?.[0].length ?? 0);
    } else {
      classify(text, figure, percent);
    }
    figure.written = text.slice(figure.start, figure.end);
    figures.push(figure);
  }
  return figures;
}

/** Decides whether a number is the target's figure (a percentage, a count, money, a level, a bare figure) or only a name, an age or a date. */
function classify(text: string, figure: Figure, percent: boolean): void {
  const before = text.slice(0, figure.start);
  const after = text.slice(figure.numberEnd);
  if (percent) {
    figure.kind = 'percent';
    return;
  }
  const ordinal = ORDINAL_BEFORE.exec(before);
  if (ordinal?.[1]) {
    figure.kind = 'ordinal';
    figure.start = before.lastIndexOf(ordinal[1]);
    return;
  }
  if (QUALIFIER_BEFORE.test(before) || QUALIFIER_NOUN.test(after) || DOCUMENT_NUMBER_TAIL.test(after)) {
    figure.kind = 'qualifier';
    return;
  }
  const count = COUNT_NOUN.exec(after);
  const money = count ? null : MONEY_NOUN.exec(after);
  const noun = count ?? money;
  if (noun?.[1]) {
    figure.kind = count ? 'count' : 'money';
    figure.noun = noun[1];
    figure.end = figure.numberEnd + noun[0].length;
    return;
  }
  if (PHRASE_END.test(after)) {
    figure.kind = 'bare';
    return;
  }
  figure.kind = 'unknown';
  const word = NEXT_WORD.exec(after)?.[1];
  if (word) figure.noun = word;
}

type Choice = { figure: Figure } | { failure: TargetParseResult };

/**
 * Picks the figure that is the target. A percentage outranks everything else ("ít nhất 80% đạt cấp độ 1": the
 * level names the schools counted); a count outranks a level that follows it ("02 trường … ở mức độ 2"). Any other
 * mix of candidates is ambiguous and refused.
 */
function chooseFigure(figures: readonly Figure[], original: string): Choice {
  const of = (...kinds: FigureKind[]) => figures.filter((figure) => kinds.includes(figure.kind));
  const ambiguous = (candidates: readonly Figure[]): Choice => {
    const list = [...candidates]
      .sort((a, b) => a.start - b.start)
      .map((figure) => figure.written)
      .join('; ');
    return {
      failure: parseFailure(
        'ambiguous',
        original,
        `«${original}» có nhiều con số có thể là chỉ tiêu (${list}); hãy trích riêng cụm từ của một chỉ tiêu.`,
        `"${original}" holds several figures that could be the target (${list}); quote the phrase of one target only.`,
      ),
    };
  };
  const percents = of('percent');
  if (percents.length > 1) return ambiguous(percents);
  if (percents[0]) return { figure: percents[0] };

  const loose = of('bare', 'unknown');
  const counts = of('count', 'money');
  if (counts.length > 1 || (counts.length === 1 && loose.length > 0)) return ambiguous([...counts, ...loose]);
  const [count] = counts;
  if (count) {
    const ordinalsBefore = of('ordinal').filter((figure) => figure.start < count.start);
    return ordinalsBefore.length > 0 ? ambiguous([...ordinalsBefore, count]) : { figure: count };
  }

  const ordinals = of('ordinal');
  if (ordinals.length > 1 || (ordinals.length === 1 && loose.length > 0)) return ambiguous([...ordinals, ...loose]);
  if (ordinals[0]) return { figure: ordinals[0] };

  if (loose.length > 1) return ambiguous(loose);
  const [only] = loose;
  if (only?.kind === 'bare') return { figure: only };
  if (only) {
    return {
      failure: parseFailure(
        'unit_unknown',
        original,
        `Không rõ đơn vị «${only.noun ?? ''}» sau con số ${only.first} trong «${original}».`,
        `Unknown unit "${only.noun ?? ''}" after the figure ${only.first} in "${original}".`,
      ),
    };
  }
  return {
    failure: parseFailure('no_quantity', original, `Không tìm thấy con số chỉ tiêu trong «${original}».`, `No target figure found in "${original}".`),
  };
}

/** The comparison word that stands just before the figure, if any, and the text before that word. */
function readPrefix(before: string): { meaning: PrefixMeaning | null; word: string | null; rest: string } {
  const trimmed = before.replace(/\s+$/u, '');
  for (const [word, meaning] of PREFIX_WORDS) {
    if (!trimmed.endsWith(word)) continue;
    const rest = trimmed.slice(0, trimmed.length - word.length);
    if (/^\p{L}/u.test(word) && /\p{L}$/u.test(rest)) continue;
    return { meaning, word, rest };
  }
  return { meaning: null, word: null, rest: trimmed };
}

/** "trở lên" or "trở xuống" right after the figure (or after its noun: "02 trường trở lên"). */
function readSuffix(text: string, figure: Figure): 'gte' | 'lte' | null {
  for (const at of [figure.numberEnd, figure.end]) {
    for (const [pattern, comparator] of SUFFIX_WORDS) {
      if (pattern.test(text.slice(at))) return comparator;
    }
  }
  return null;
}

/** "giảm 0,5%", or a clause that opens with "Giảm tỉ lệ …" and gives the figure after it, unless "xuống"/"còn" make it a level. */
function readChange(before: string, rest: string): ParsedTarget['change'] | undefined {
  if (LEVEL_AFTER_CHANGE.test(rest)) return undefined;
  const just = CHANGE_JUST_BEFORE.exec(rest);
  const clause = before.split(/;|[.!?](?=\s|$)/u).at(-1) ?? '';
  const word = just?.[1] ?? CHANGE_OF_RATE.exec(clause)?.[1];
  if (word === 'giảm') return 'decrease';
  if (word === 'tăng') return 'increase';
  return undefined;
}

/** What a figure with no comparator asks for, given the indicator's direction: to be at least as good as the figure. */
function reachComparator(direction: Direction): Comparator {
  if (direction === 'higher_is_better') return 'gte';
  if (direction === 'lower_is_better') return 'lte';
  return 'eq';
}

/**
 * Reads a target phrase of a plan ("trên 98%", "từ 99% trở lên", "01-02 xã", "07/07 xã", "giảm 0,5%", "mức độ 3")
 * into a comparator, a value and a unit; or says, in Vietnamese and English, why it cannot. It never guesses:
 *
 * - "trên X" is > X, "dưới X" < X, "từ X trở lên", "ít nhất", "tối thiểu", "không dưới" ≥ X, "không quá", "tối đa" ≤ X.
 * - "đạt X" asks to reach X: ≥ X (for a lower-is-better indicator, given in options, ≤ X; for a neutral one = X).
 *   "đạt 100%" is therefore ≥ 100, which for a rate that cannot pass 100% is the same as = 100.
 * - A bare figure ("mẫu giáo 85%", "Hoàn thành tốt: 30%") says nothing of its side, so it needs the indicator's
 *   direction and is read like "đạt"; without a direction it is refused.
 * - "07/07 xã" (all of them) is = 7 out of 7; "01-02 xã" is between 1 and 2, bounds included.
 * - "mức độ 3", "cấp độ 2" are ordinal levels, reached at that level or above (≥).
 * - "giảm 0,5%" is a reduction of at least 0.5 percentage points (≥ 0.5, change "decrease"); "giảm … xuống 1%" is a level.
 * - Numbers are Vietnamese: "12,5" is 12.5, "23.800" is 23800; "98.5" is refused.
 */
export function parseTargetPhrase(text: string, options: TargetParseOptions = {}): TargetParseResult {
  const folded = fold(text);
  if (folded === '') return parseFailure('empty', text, 'Cụm từ chỉ tiêu trống.', 'The target phrase is empty.');
  const choice = chooseFigure(findFigures(folded), text);
  if ('failure' in choice) return choice.failure;
  const { figure } = choice;

  const before = folded.slice(0, figure.start);
  const prefix = readPrefix(before);
  const suffix = readSuffix(folded, figure);
  const change = figure.kind === 'ordinal' ? undefined : readChange(before, prefix.rest);

  const first = parseViNumber(figure.first);
  const second = figure.second === undefined ? null : parseViNumber(figure.second);
  if (first === null || (figure.second !== undefined && second === null)) {
    const bad = first === null ? figure.first : (figure.second ?? '');
    return parseFailure(
      'invalid_number',
      text,
      `«${bad}» không phải số viết theo kiểu Việt Nam (dấu chấm ngăn hàng nghìn, dấu phẩy thập phân: 23.800; 98,5).`,
      `"${bad}" is not a number written the Vietnamese way (dot between thousands, comma before decimals: 23.800; 98,5).`,
    );
  }

  let unit: ParsedTarget['unit'];
  let multiplier = 1;
  switch (figure.kind) {
    case 'percent':
      unit = change ? 'percentage_points' : 'percent';
      break;
    case 'count':
      unit = 'count';
      break;
    case 'money':
      unit = 'money';
      multiplier = MONEY_MULTIPLIER[figure.noun ?? ''] ?? 1;
      break;
    case 'ordinal':
      unit = 'ordinal';
      break;
    default:
      if (!options.unit) {
        return parseFailure(
          'unit_missing',
          text,
          `«${text}» không nêu đơn vị của ${figure.written} (%, xã, trường…); cần biết đơn vị của chỉ số.`,
          `"${text}" does not state the unit of ${figure.written} (%, communes, schools…); the indicator's unit is needed.`,
        );
      }
      unit = options.unit;
  }
  if (options.unit && options.unit !== unit) {
    return parseFailure(
      'unit_mismatch',
      text,
      `«${text}» nêu ${UNIT_NAMES[unit].vi}, nhưng chỉ số tính bằng ${UNIT_NAMES[options.unit].vi}.`,
      `"${text}" states ${UNIT_NAMES[unit].en}, but the indicator is measured as ${UNIT_NAMES[options.unit].en}.`,
    );
  }

  const value = first * multiplier;
  const bound = second === null ? null : second * multiplier;
  const rangeCheck = checkValues(text, unit, figure, value, bound);
  if (rangeCheck) return rangeCheck;

  const comparatorOrFailure = decideComparator(text, figure, prefix, suffix, change, value, bound, options.direction);
  if (typeof comparatorOrFailure !== 'string') return comparatorOrFailure;

  const target: ParsedTarget = { comparator: comparatorOrFailure, value, unit };
  if (figure.shape === 'range' && bound !== null) target.valueMax = bound;
  if (figure.shape === 'fraction' && bound !== null) target.outOf = bound;
  if (change) target.change = change;
  return { ok: true, target };
}

/** Combines the words before and after the figure into one comparator, refusing words that disagree. */
function decideComparator(
  text: string,
  figure: Figure,
  prefix: { meaning: PrefixMeaning | null; word: string | null },
  suffix: 'gte' | 'lte' | null,
  change: ParsedTarget['change'] | undefined,
  value: number,
  bound: number | null,
  direction: Direction | undefined,
): Comparator | TargetParseResult {
  const conflict = (other: string) =>
    parseFailure(
      'conflicting_comparators',
      text,
      `«${text}» có hai cách so sánh không khớp nhau («${prefix.word ?? ''}» và «${other}»).`,
      `"${text}" has two comparisons that do not agree ("${prefix.word ?? ''}" and "${other}").`,
    );
  const meaning = prefix.meaning === 'none' ? null : prefix.meaning;

  if (figure.shape === 'range') {
    if (suffix) return conflict(suffix === 'gte' ? 'trở lên' : 'trở xuống');
    if (meaning !== null && meaning !== 'from' && meaning !== 'reach') return conflict(figure.written);
    return 'between';
  }
  if (meaning === 'from') {
    if (suffix) return suffix;
    return parseFailure(
      'incomplete_comparator',
      text,
      `«${text}»: "từ ${figure.written}" thiếu "trở lên" hoặc "trở xuống".`,
      `"${text}": "từ ${figure.written}" (from) lacks "trở lên" (or more) or "trở xuống" (or less).`,
    );
  }
  if (meaning !== null && meaning !== 'reach') {
    if (suffix && suffix !== meaning) return conflict(suffix === 'gte' ? 'trở lên' : 'trở xuống');
    return meaning;
  }
  if (suffix) return suffix;
  if (figure.shape === 'fraction' && bound !== null && value === bound) return 'eq';
  if (change) return 'gte';
  if (direction) return reachComparator(direction);
  if (meaning === 'reach' || figure.kind === 'ordinal') return 'gte';
  return parseFailure(
    'needs_direction',
    text,
    `«${text}» chỉ nêu con số ${figure.written}, không nói trên, dưới hay đạt; cần biết chiều tốt của chỉ số để hiểu chỉ tiêu.`,
    `"${text}" states only the figure ${figure.written}, with no "above", "below" or "reach"; the indicator's direction is needed to read it.`,
  );
}

/** Refuses values the unit cannot take: a rate above 100%, a fraction of a school, a level 0, a range upside down. */
function checkValues(text: string, unit: ParsedTarget['unit'], figure: Figure, value: number, bound: number | null): TargetParseResult | null {
  const outOfRange = (vi: string, en: string) => parseFailure('out_of_range', text, `«${text}»: ${vi}.`, `"${text}": ${en}.`);
  const values = bound === null || figure.shape === 'fraction' ? [value] : [value, bound];
  for (const v of values) {
    const shown = formatNumber(v, 'vi', { maximumFractionDigits: 6 });
    const shownEn = formatNumber(v, 'en', { maximumFractionDigits: 6 });
    if ((unit === 'percent' || unit === 'percentage_points') && v > 100) {
      return outOfRange(`${shown}% vượt quá 100%`, `${shownEn}% exceeds 100%`);
    }
    if (unit === 'count' && !Number.isInteger(v)) return outOfRange(`số lượng ${shown} phải là số nguyên`, `the count ${shownEn} must be a whole number`);
    if (unit === 'ordinal' && (!Number.isInteger(v) || v < 1)) {
      return outOfRange(`mức độ ${shown} phải là số nguyên từ 1 trở lên`, `the level ${shownEn} must be a whole number from 1 up`);
    }
  }
  if (figure.shape === 'range' && bound !== null && !(value < bound)) {
    return parseFailure(
      'invalid_range',
      text,
      `«${text}»: khoảng ${figure.written} phải có cận dưới nhỏ hơn cận trên.`,
      `"${text}": the range ${figure.written} must have its lower bound below its upper bound.`,
    );
  }
  if (figure.shape === 'fraction' && bound !== null && (bound <= 0 || value > bound || !Number.isInteger(bound))) {
    return parseFailure(
      'invalid_range',
      text,
      `«${text}»: ${figure.written} phải có số đạt không vượt quá tổng số (một số nguyên dương).`,
      `"${text}": ${figure.written} must not count more than the whole (a positive whole number).`,
    );
  }
  return null;
}
