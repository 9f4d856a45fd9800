import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseTargetPhrase, type TargetParseOptions } from './parse-target.js';
import type { ParsedTarget } from './target.js';
import type { TargetParseFailureCode } from './target-parse-failure.js';

const planText = (id: string) =>
  readFileSync(new URL(`../../data/plans/${id}.txt`, import.meta.url), 'utf8').replace(/\s+/g, ' ');
const PLANS: Record<string, string> = Object.fromEntries(['000', '001', '002', '003', '004'].map((id) => [id, planText(id)]));

const higher: TargetParseOptions = { direction: 'higher_is_better' };
const lower: TargetParseOptions = { direction: 'lower_is_better' };
const pct = (comparator: ParsedTarget['comparator'], value: number): ParsedTarget => ({ comparator, value, unit: 'percent' });
const count = (comparator: ParsedTarget['comparator'], value: number): ParsedTarget => ({ comparator, value, unit: 'count' });
const level = (value: number): ParsedTarget => ({ comparator: 'gte', value, unit: 'ordinal' });

/** Every quantitative target phrase of the five plans (001 states none), verbatim, with what it must be read as. */
const PLAN_PHRASES: [plan: string, phrase: string, options: TargetParseOptions, expected: ParsedTarget][] = [
  ['000', 'Tổng số học sinh đầu năm học: 23.800', { unit: 'count', direction: 'higher_is_better' }, count('gte', 23800)],
  ['000', 'Mẫu giáo: 5000 trẻ', higher, count('gte', 5000)],
  ['000', 'Tiểu học: 11.500 học sinh', higher, count('gte', 11500)],
  ['000', 'THCS: 7.300 học sinh', higher, count('gte', 7300)],
  ['000', 'Mẫu giáo: 85%', higher, pct('gte', 85)],
  ['000', 'Tiểu học: 100%', higher, pct('gte', 100)],
  ['000', 'THCS: 99%', higher, pct('gte', 99)],
  ['000', 'nhà trẻ trên 06%', {}, pct('gt', 6)],
  ['000', 'mẫu giáo 85%', higher, pct('gte', 85)],
  ['000', 'mẫu giáo 5 tuổi trên 99%', {}, pct('gt', 99)],
  ['000', 'Tỷ lệ học sinh lớp 5 hoàn thành chương trình tiểu học trên 98%', {}, pct('gt', 98)],
  ['000', 'tốt nghiệp trung học cơ sở trên 99,5%', {}, pct('gt', 99.5)],
  ['000', 'mầm non 98%', higher, pct('gte', 98)],
  ['000', 'tiểu học 85%', higher, pct('gte', 85)],
  ['000', 'THCS 95%', higher, pct('gte', 95)],
  ['000', 'phổ cập giáo dục tiểu học mức độ 3', {}, level(3)],
  ['000', 'xóa mù chữ mức 2', {}, level(2)],
  ['000', 'huyện đạt chuẩn phổ cập giáo dục trung học cơ sở mức độ 3', {}, level(3)],
  ['000', 'Toàn huyện có từ 01-02 xã, thị trấn', {}, { comparator: 'between', value: 1, valueMax: 2, unit: 'count' }],
  [
    '000',
    'ít nhất 02 trường được công nhận đạt kiểm định chất lượng ở mức độ 2 và công nhận đạt trường chuẩn quốc gia ở cấp độ 1',
    {},
    count('gte', 2),
  ],
  ['000', 'công nhận đạt trường chuẩn quốc gia ở cấp độ 1', {}, level(1)],
  ['000', '100% đơn vị thực hiện xử lý hồ sơ công việc', higher, pct('gte', 100)],
  ['002', 'đạt tỷ lệ tối thiểu 19% trong tổng chi thường xuyên', {}, pct('gte', 19)],
  ['003', 'huy động ít nhất 06% trẻ em trong độ tuổi nhà trẻ', {}, pct('gte', 6)],
  ['003', '88% trẻ em trong độ tuổi mẫu giáo được đến trường', higher, pct('gte', 88)],
  ['003', 'Tiểu học 100%', higher, pct('gte', 100)],
  ['003', 'trung học cơ sở 98,6%', higher, pct('gte', 98.6)],
  ['003', 'Tỷ lệ trẻ từ 3 đến 5 tuổi học 02 buổi/ngày đạt 65%', {}, pct('gte', 65)],
  ['003', 'trẻ 5 tuối học 02 buổi/ngày đạt 100%', {}, pct('gte', 100)],
  ['003', 'Nhóm, lớp học 2 buổi/ngày: 65%', higher, pct('gte', 65)],
  [
    '003',
    'Giảm tỉ lệ suy dinh dưỡng thể nhẹ cân bình quân hàng năm: 0,3%',
    {},
    { comparator: 'gte', value: 0.3, unit: 'percentage_points', change: 'decrease' },
  ],
  [
    '003',
    'Giảm tỉ lệ suy dinh dưỡng thể thấp còi bình quân hàng năm: 0,2%',
    {},
    { comparator: 'gte', value: 0.2, unit: 'percentage_points', change: 'decrease' },
  ],
  ['003', 'Huy động trẻ 6 tuổi vào lớp 1 đạt 100%', {}, pct('gte', 100)],
  ['003', 'Tỷ lệ học sinh bỏ học dưới 1%', {}, pct('lt', 1)],
  ['003', 'Số học sinh hoàn thành chương trình tiểu học đạt 100%', {}, pct('gte', 100)],
  ['003', 'Hoàn thành xuất sắc: 20%', higher, pct('gte', 20)],
  ['003', 'Hoàn thành tốt: 30%', higher, pct('gte', 30)],
  ['003', 'Hoàn thành: 50%', { direction: 'neutral' }, pct('eq', 50)],
  ['003', 'Vận động đạt 100% học sinh tham gia bảo hiểm y tế', {}, pct('gte', 100)],
  ['003', 'Tự chủ và tự học 20%', higher, pct('gte', 20)],
  ['003', '100% lớp 1 đến lớp 5 học ít nhất 32 tiết/tuần', higher, pct('gte', 100)],
  ['003', 'tỷ lệ giáo viên đạt 1,5', { unit: 'ratio' }, { comparator: 'gte', value: 1.5, unit: 'ratio' }],
  ['003', '100% trường tiểu học tham gia các hội thi', higher, pct('gte', 100)],
  ['003', 'Tỷ lệ huy động học sinh hoàn thành chương trình tiểu học vào học lớp 6 đạt 100%', {}, pct('gte', 100)],
  ['003', 'Tỷ lệ tốt nghiệp THCS trên 99%', {}, pct('gt', 99)],
  ['003', 'Tỷ lệ học sinh lưu ban dưới 1%', {}, pct('lt', 1)],
  ['003', 'bỏ học dưới 2%', {}, pct('lt', 2)],
  ['003', 'Môn học đánh giá bằng nhận xét: xếp mức đạt từ 99% trở lên', {}, pct('gte', 99)],
  ['003', 'xếp mức tốt đạt từ 18% trở lên', {}, pct('gte', 18)],
  ['003', 'xếp mức khá đạt từ 37% trở lên', {}, pct('gte', 37)],
  ['003', 'xếp mức chưa đạt không quá 5%', {}, pct('lte', 5)],
  ['003', 'mức khá, tốt đạt từ 97% trở lên', {}, pct('gte', 97)],
  ['003', 'tốt không dưới 75%', {}, pct('gte', 75)],
  ['003', 'mức đạt không quá 3%', {}, pct('lte', 3)],
  ['003', 'mức chưa đạt 0%', lower, pct('lte', 0)],
  ['003', 'Học sinh xếp mức đạt từ 93% trở lên đối với các môn Toán, Ngữ văn, Tiếng Anh', {}, pct('gte', 93)],
  ['003', 'riêng lớp 6 từ 90% trở lên', {}, pct('gte', 90)],
  ['003', 'các môn còn lại từ 97% trở lên', {}, pct('gte', 97)],
  ['003', 'riêng lớp 6 từ 95% trở lên', {}, pct('gte', 95)],
  ['003', 'Đối với các môn đánh giá bằng nhận xét từ 99% trở lên', {}, pct('gte', 99)],
  ['003', 'Học sinh giỏi tỉnh: có đội tuyển tất cả các môn thi, phấn đấu đạt 20 giải', {}, count('gte', 20)],
  ['003', 'đạt chuẩn xóa mù chữ mức độ 2', {}, level(2)],
  ['003', 'đạt chuẩn phổ cập giáo dục tiểu học mức độ 3', {}, level(3)],
  ['003', 'đạt chuẩn phổ cập giáo dục THCS mức độ 3', {}, level(3)],
  ['003', '07/07 xã, thị trấn đạt chuẩn phổ cập giáo dục trung học', {}, { comparator: 'eq', value: 7, outOf: 7, unit: 'count' }],
  ['003', '100% các trường hoàn thành công tác Tự đánh giá', higher, pct('gte', 100)],
  ['003', 'có ít nhất 12,5% đạt cấp độ 2', {}, pct('gte', 12.5)],
  ['003', 'có ít nhất 80% đạt cấp độ 1', {}, pct('gte', 80)],
  ['003', 'có 50% đạt cấp độ 2 trở lên', higher, pct('gte', 50)],
  ['003', 'có ít nhất 100% đạt cấp độ 1', {}, pct('gte', 100)],
  ['003', 'công nhận lại 03 trường đạt Kiểm định chất lượng giáo dục', higher, count('gte', 3)],
  ['003', 'Tỷ lệ xử lý văn bản, hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng: 100%', higher, pct('gte', 100)],
  ['003', 'Trên 90% cơ sở giáo dục phổ thông hoàn thiện mô hình quản trị số', {}, pct('gt', 90)],
  ['003', 'Trên 30% cơ sở giáo dục phổ thông xây dựng kho học liệu số mở', {}, pct('gt', 30)],
  ['003', '100% trường Tiểu học và THCS thực hiện học bạ số', higher, pct('gte', 100)],
  ['003', 'đạt tỷ lệ tối thiểu 20% tổng chi ngân sách nhà nước', {}, pct('gte', 20)],
  ['003', 'vận động 100% học sinh tham gia bảo hiểm y tế', higher, pct('gte', 100)],
  ['004', '100% cơ sở giáo dục phổ thông trên địa bàn huyện hoàn thiện hệ thống giáo dục số', higher, pct('gte', 100)],
  ['004', '100% học sinh thuộc diện gia đình khó khăn có điều kiện đến trường', higher, pct('gte', 100)],
];

/** Sentences of the plans that hold several targets at once, or a figure with nothing to say which side of it is wanted. */
const PLAN_REFUSALS: [plan: string, phrase: string, code: TargetParseFailureCode][] = [
  ['000', 'phấn đấu nhà trẻ trên 06%, mẫu giáo 85%, trong đó mẫu giáo 5 tuổi trên 99%', 'ambiguous'],
  ['000', 'mầm non 98%, tiểu học 85%, THCS 95%', 'ambiguous'],
  ['000', 'phổ cập giáo dục tiểu học mức độ 3, xóa mù chữ mức 2', 'ambiguous'],
  ['003', 'Hoàn thành xuất sắc: 20%; Hoàn thành tốt: 30%; Hoàn thành: 50%', 'ambiguous'],
  ['003', 'Tự chủ và tự học 20% 80% 0%', 'ambiguous'],
  ['003', 'Thể chất 20% 80% 0', 'ambiguous'],
  ['003', 'ít nhất 80% đạt cấp độ 1 (trong đó có 50% đạt cấp độ 2 trở lên)', 'ambiguous'],
  ['003', 'tốt đạt từ 97% trở lên (trong đó tốt không dưới 75%)', 'ambiguous'],
  ['003', 'đạt chuẩn phổ cập giáo dục THCS mức độ 3 và 07/07 xã', 'ambiguous'],
  ['003', 'tỷ lệ giáo viên đạt 1,5, tỷ lệ 1 phòng học/lớp', 'ambiguous'],
  ['003', 'mức chưa đạt 0%', 'needs_direction'],
  ['003', 'có 50% đạt cấp độ 2 trở lên', 'needs_direction'],
  ['003', 'Hoàn thành: 50%', 'needs_direction'],
  ['000', 'Tổng số học sinh đầu năm học: 23.800', 'unit_missing'],
];

describe('parseTargetPhrase on the plans', () => {
  test.each(PLAN_PHRASES)('plan %s: %j', (plan, phrase, options, expected) => {
    expect(PLANS[plan]).toContain(phrase);
    expect(parseTargetPhrase(phrase, options)).toEqual({ ok: true, target: expected });
  });

  test.each(PLAN_REFUSALS)('plan %s: refuses %j (%s)', (plan, phrase, code) => {
    expect(PLANS[plan]).toContain(phrase);
    expect(parseTargetPhrase(phrase)).toMatchObject({ ok: false, failure: { code, text: phrase } });
  });

  test('reads a phrase as copied from the PDF, line breaks and all', () => {
    expect(parseTargetPhrase('(riêng lớp 6 từ 95% trở \n\nlên)')).toEqual({ ok: true, target: pct('gte', 95) });
    expect(parseTargetPhrase('tốt nghiệp trung học cơ sở trên \n99,5%')).toEqual({ ok: true, target: pct('gt', 99.5) });
  });
});

describe('parseTargetPhrase comparators', () => {
  test.each<[string, TargetParseOptions, ParsedTarget]>([
    ['trên 98%', {}, pct('gt', 98)],
    ['Trên 98%', {}, pct('gt', 98)],
    ['hơn 98%', {}, pct('gt', 98)],
    ['cao hơn 98%', {}, pct('gt', 98)],
    ['vượt quá 98%', {}, pct('gt', 98)],
    ['> 98%', {}, pct('gt', 98)],
    ['từ 99% trở lên', {}, pct('gte', 99)],
    ['99% trở lên', {}, pct('gte', 99)],
    ['ít nhất 80%', {}, pct('gte', 80)],
    ['tối thiểu 19%', {}, pct('gte', 19)],
    ['không dưới 75%', {}, pct('gte', 75)],
    ['không thấp hơn 75%', {}, pct('gte', 75)],
    ['≥ 95%', {}, pct('gte', 95)],
    ['>=95%', {}, pct('gte', 95)],
    ['dưới 1%', {}, pct('lt', 1)],
    ['thấp hơn 1%', {}, pct('lt', 1)],
    ['< 1%', {}, pct('lt', 1)],
    ['không quá 5%', {}, pct('lte', 5)],
    ['không vượt quá 5%', {}, pct('lte', 5)],
    ['tối đa 5%', {}, pct('lte', 5)],
    ['từ 5% trở xuống', {}, pct('lte', 5)],
    ['5% trở xuống', {}, pct('lte', 5)],
    ['≤ 5%', {}, pct('lte', 5)],
    ['<=5%', {}, pct('lte', 5)],
    ['bằng 100%', {}, pct('eq', 100)],
    ['đạt 100%', {}, pct('gte', 100)],
    ['đạt 100%', lower, pct('lte', 100)],
    ['đạt 100%', { direction: 'neutral' }, pct('eq', 100)],
    ['duy trì 99%', {}, pct('gte', 99)],
    ['ít nhất 99% trở lên', {}, pct('gte', 99)],
    ['không quá 5% trở xuống', {}, pct('lte', 5)],
    ['85%', higher, pct('gte', 85)],
    ['1%', lower, pct('lte', 1)],
    ['50%', { direction: 'neutral' }, pct('eq', 50)],
  ])('reads %j %j', (phrase, options, expected) => {
    expect(parseTargetPhrase(phrase, options)).toEqual({ ok: true, target: expected });
  });
});

describe('parseTargetPhrase numbers, units and shapes', () => {
  test.each<[string, TargetParseOptions, ParsedTarget]>([
    ['12,5%', higher, pct('gte', 12.5)],
    ['98,5%', higher, pct('gte', 98.5)],
    ['trên 99 %', {}, pct('gt', 99)],
    ['23.800', { unit: 'count', ...higher }, count('gte', 23800)],
    ['23.800 học sinh', higher, count('gte', 23800)],
    ['01-02 xã', {}, { comparator: 'between', value: 1, valueMax: 2, unit: 'count' }],
    ['01 – 02 xã', {}, { comparator: 'between', value: 1, valueMax: 2, unit: 'count' }],
    ['từ 1 đến 2 xã', {}, { comparator: 'between', value: 1, valueMax: 2, unit: 'count' }],
    ['95-98%', {}, { comparator: 'between', value: 95, valueMax: 98, unit: 'percent' }],
    ['95%-98%', {}, { comparator: 'between', value: 95, valueMax: 98, unit: 'percent' }],
    ['07/07 xã', {}, { comparator: 'eq', value: 7, outOf: 7, unit: 'count' }],
    ['5/7 xã', higher, { comparator: 'gte', value: 5, outOf: 7, unit: 'count' }],
    ['ít nhất 5/7 xã', {}, { comparator: 'gte', value: 5, outOf: 7, unit: 'count' }],
    ['giảm 0,5%', {}, { comparator: 'gte', value: 0.5, unit: 'percentage_points', change: 'decrease' }],
    ['giảm ít nhất 0,5%', {}, { comparator: 'gte', value: 0.5, unit: 'percentage_points', change: 'decrease' }],
    ['giảm trên 0,5%', {}, { comparator: 'gt', value: 0.5, unit: 'percentage_points', change: 'decrease' }],
    ['tăng 2%', {}, { comparator: 'gte', value: 2, unit: 'percentage_points', change: 'increase' }],
    ['giảm tỷ lệ bỏ học xuống dưới 1%', {}, pct('lt', 1)],
    ['Tăng cường vận động đạt 100%', {}, pct('gte', 100)],
    ['mức độ 3', {}, level(3)],
    ['cấp độ 2', {}, level(2)],
    ['cấp độ 2 trở lên', {}, level(2)],
    ['mức độ 3', lower, { comparator: 'lte', value: 3, unit: 'ordinal' }],
    ['đạt 20 giải', {}, count('gte', 20)],
    ['20 tỷ đồng', higher, { comparator: 'gte', value: 20e9, unit: 'money' }],
    ['tối thiểu 1,5 triệu đồng', {}, { comparator: 'gte', value: 1.5e6, unit: 'money' }],
    ['Covid-19 đạt 100%', {}, pct('gte', 100)],
    ['Tổng số 23.800 học sinh', higher, count('gte', 23800)],
    ['theo Kế hoạch số 45/KH-PGDĐT, đạt 100%', {}, pct('gte', 100)],
    ['100% trường', higher, pct('gte', 100)],
    ['0%', lower, pct('lte', 0)],
    ['0', { unit: 'percent', ...lower }, pct('lte', 0)],
  ])('reads %j %j', (phrase, options, expected) => {
    expect(parseTargetPhrase(phrase, options)).toEqual({ ok: true, target: expected });
  });
});

describe('parseTargetPhrase refusals', () => {
  test.each<[string, TargetParseOptions, TargetParseFailureCode, RegExp]>([
    ['', {}, 'empty', /trống/],
    ['   ', {}, 'empty', /trống/],
    ['đạt chuẩn quốc gia', {}, 'no_quantity', /Không tìm thấy/],
    ['trẻ 5 tuổi', {}, 'no_quantity', /Không tìm thấy/],
    ['ít nhất 32 tiết/tuần', {}, 'no_quantity', /Không tìm thấy/],
    ['năm 2025', {}, 'no_quantity', /Không tìm thấy/],
    ['12,5%', {}, 'needs_direction', /chiều tốt của chỉ số/],
    ['100% trường', {}, 'needs_direction', /chiều tốt của chỉ số/],
    ['5/7 xã', {}, 'needs_direction', /chiều tốt/],
    ['23.800', {}, 'unit_missing', /không nêu đơn vị/],
    ['đạt 1,5', {}, 'unit_missing', /không nêu đơn vị/],
    ['đạt 15 điểm', {}, 'unit_unknown', /Không rõ đơn vị «điểm»/],
    ['trên 98%', { unit: 'count' }, 'unit_mismatch', /tỷ lệ phần trăm.*số lượng/],
    ['07/07 xã', { unit: 'percent' }, 'unit_mismatch', /số lượng.*tỷ lệ phần trăm/],
    ['giảm 0,5%', { unit: 'percent' }, 'unit_mismatch', /điểm phần trăm/],
    ['từ 99%', {}, 'incomplete_comparator', /thiếu "trở lên" hoặc "trở xuống"/],
    ['trên 99% trở xuống', {}, 'conflicting_comparators', /«trên» và «trở xuống»/],
    ['dưới 5% trở lên', {}, 'conflicting_comparators', /không khớp/],
    ['trên 01-02 xã', {}, 'conflicting_comparators', /không khớp/],
    ['01-02 xã trở lên', {}, 'conflicting_comparators', /không khớp/],
    ['trên 98.5%', {}, 'invalid_number', /«98\.5» không phải số/],
    ['trên 1.5 xã', {}, 'invalid_number', /«1\.5» không phải số/],
    ['101%', higher, 'out_of_range', /101% vượt quá 100%/],
    ['giảm 120%', {}, 'out_of_range', /vượt quá 100%/],
    ['1,5 trường', higher, 'out_of_range', /phải là số nguyên/],
    ['mức độ 0', {}, 'out_of_range', /từ 1 trở lên/],
    ['02-01 xã', {}, 'invalid_range', /cận dưới nhỏ hơn cận trên/],
    ['02-02 xã', {}, 'invalid_range', /cận dưới nhỏ hơn cận trên/],
    ['8/7 xã', {}, 'invalid_range', /không vượt quá tổng số/],
    ['0/0 xã', {}, 'invalid_range', /không vượt quá tổng số/],
    ['ngày 22/02/2023', {}, 'no_quantity', /Không tìm thấy/],
    ['Kế hoạch số 45/KH-PGDĐT', {}, 'no_quantity', /Không tìm thấy/],
    ['Đề án 06/CP', {}, 'no_quantity', /Không tìm thấy/],
  ])('refuses %j %j with %s', (phrase, options, code, messageVi) => {
    const result = parseTargetPhrase(phrase, options);
    expect(result).toMatchObject({ ok: false, failure: { code, text: phrase } });
    if (result.ok) return;
    expect(result.failure.messageVi).toMatch(messageVi);
    expect(result.failure.messageEn).not.toBe('');
    expect(result.failure.messageEn).not.toBe(result.failure.messageVi);
  });

  test('names the figures that compete in an ambiguous phrase, in order', () => {
    const result = parseTargetPhrase('mầm non 98%, tiểu học 85%, THCS 95%');
    expect(result).toEqual({
      ok: false,
      failure: {
        code: 'ambiguous',
        text: 'mầm non 98%, tiểu học 85%, THCS 95%',
        messageVi: '«mầm non 98%, tiểu học 85%, THCS 95%» có nhiều con số có thể là chỉ tiêu (98%; 85%; 95%); hãy trích riêng cụm từ của một chỉ tiêu.',
        messageEn: '"mầm non 98%, tiểu học 85%, THCS 95%" holds several figures that could be the target (98%; 85%; 95%); quote the phrase of one target only.',
      },
    });
  });
});
