import type { Comparator } from './target.js';

/**
 * What the words just before a figure say about it: a comparator, "từ" (which needs "trở lên" or "trở xuống"),
 * "đạt" (reach), or nothing (a band name such as "mức chưa đạt" that only looks like the verb "đạt").
 */
export type PrefixMeaning = Comparator | 'from' | 'reach' | 'none';

/**
 * Comparison words of the plans, as they stand just before the figure. Checked longest first, so that
 * "không dưới" (not below, ≥) is read before "dưới" (below, <) and "không quá" before "quá".
 */
export const PREFIX_WORDS: readonly (readonly [string, PrefixMeaning])[] = (
  [
    ['không vượt quá', 'lte'],
    ['không quá', 'lte'],
    ['không cao hơn', 'lte'],
    ['không lớn hơn', 'lte'],
    ['không nhiều hơn', 'lte'],
    ['không hơn', 'lte'],
    ['tối đa', 'lte'],
    ['nhiều nhất', 'lte'],
    ['<=', 'lte'],
    ['≤', 'lte'],
    ['không dưới', 'gte'],
    ['không thấp hơn', 'gte'],
    ['không ít hơn', 'gte'],
    ['không nhỏ hơn', 'gte'],
    ['ít nhất', 'gte'],
    ['tối thiểu', 'gte'],
    ['>=', 'gte'],
    ['≥', 'gte'],
    ['vượt quá', 'gt'],
    ['cao hơn', 'gt'],
    ['lớn hơn', 'gt'],
    ['nhiều hơn', 'gt'],
    ['hơn', 'gt'],
    ['trên', 'gt'],
    ['>', 'gt'],
    ['thấp hơn', 'lt'],
    ['nhỏ hơn', 'lt'],
    ['ít hơn', 'lt'],
    ['dưới', 'lt'],
    ['<', 'lt'],
    ['bằng', 'eq'],
    ['=', 'eq'],
    ['từ', 'from'],
    ['đạt', 'reach'],
    ['đạt tỷ lệ', 'reach'],
    ['đạt tỉ lệ', 'reach'],
    ['duy trì', 'reach'],
    ['chưa đạt', 'none'],
    ['không đạt', 'none'],
    ['mức đạt', 'none'],
    ['loại đạt', 'none'],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);

/** "từ 99% trở lên" (99% or more) and "5% trở xuống" (5% or less). */
export const SUFFIX_WORDS: readonly (readonly [RegExp, 'gte' | 'lte'])[] = [
  [/^\s*trở lên(?!\p{L})/u, 'gte'],
  [/^\s*trở xuống(?!\p{L})/u, 'lte'],
];

/** Nouns that make a figure a count of units, schools, children or prizes: "07/07 xã", "02 trường", "20 giải". */
export const COUNT_NOUN = /^\s*(xã|phường|thị trấn|điểm trường|trường|đơn vị|cơ sở|giải|trẻ|học sinh|học viên|giáo viên|cán bộ|người|lớp|nhóm|phòng|huyện|trung tâm|em)(?!\p{L})/u;

/** Money, with what each word multiplies the figure by. */
export const MONEY_NOUN = /^\s*(nghìn đồng|ngàn đồng|triệu đồng|tỷ đồng|tỉ đồng|đồng|vnđ|vnd)(?!\p{L})/u;
export const MONEY_MULTIPLIER: Readonly<Record<string, number>> = {
  'nghìn đồng': 1e3,
  'ngàn đồng': 1e3,
  'triệu đồng': 1e6,
  'tỷ đồng': 1e9,
  'tỉ đồng': 1e9,
  đồng: 1,
  vnđ: 1,
  vnd: 1,
};

/** Nouns that make a figure part of a description rather than a target: "trẻ 5 tuổi", "02 buổi/ngày", "32 tiết/tuần". */
export const QUALIFIER_NOUN = /^\s*(tuổi|buổi|tiết|tháng|năm|ngày|tuần|giờ|phút|lần|khóa|khoá|kỳ|km|ha)(?!\p{L})/u;

/** Words that make the figure after them a name or a date: "lớp 1", "khối 5", "năm 2025", "năm học 2022-2023", "Đề án 06". */
export const QUALIFIER_BEFORE =
  /(?:^|[^\p{L}])(lớp|khối|năm|năm học|tháng|ngày|quý|khóa|khoá|kỳ|hk|giai đoạn|đề án|dự án|chỉ tiêu|nghị quyết|quyết định|thông tư|chỉ thị|kết luận|điều|khoản|mục|phần|lần thứ|thứ|công nghiệp)\s*$/u;

/** A document number such as "45/KH-PGDĐT" or "06/CP": a name, not a quantity. */
export const DOCUMENT_NUMBER_TAIL = /^\s*\/\s*\p{L}/u;

/** "mức độ 3", "cấp độ 2", "mức 2": an ordinal level; the keyword stands before the figure. */
export const ORDINAL_BEFORE = /(?:^|[^\p{L}])(mức độ|cấp độ|mức)\s*$/u;

/** "giảm 0,5%", "giảm ít nhất 0,5%", "Giảm tỉ lệ suy dinh dưỡng …: 0,3%": the target is a change of a rate. */
export const CHANGE_JUST_BEFORE = /(?:^|[^\p{L}])(giảm|tăng)\s*$/u;
export const CHANGE_OF_RATE = /(?:^|[^\p{L}])(giảm|tăng) (?:tỉ|tỷ) (?:lệ|suất)(?!\p{L})/u;

/** "giảm tỷ lệ bỏ học xuống dưới 1%", "còn 2%": the figure is the level to reach, not the size of the change. */
export const LEVEL_AFTER_CHANGE = /(?:^|[^\p{L}])(xuống|còn|lên)\s*$/u;
