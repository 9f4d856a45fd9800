import { describe, expect, test } from 'vitest';
import { normalizeVi } from './normalize-vi.js';

describe('normalizeVi', () => {
  test.each([
    ['Cầu Ngang', 'cau ngang'],
    ['CẦU NGANG', 'cau ngang'],
    ['Đôn Xuân', 'don xuan'],
    ['đường Đồng Khởi', 'duong dong khoi'],
    ['Xã  Hoàng Văn Thụ', 'xa hoang van thu'],
    ['  Thị xã\tDuyên   Hải ', 'thi xa duyen hai'],
    ['Tỉnh Hoà Bình', 'tinh hoa binh'],
    ['Tỉnh Hòa Bình', 'tinh hoa binh'],
    ['Ea D’Rơng', "ea d'rong"],
    ['Phường Văn Miếu - Quốc Tử Giám', 'phuong van mieu - quoc tu giam'],
    ['Phường 5', 'phuong 5'],
    ['', ''],
  ])('normalizeVi folds %j to %j', (input, expected) => {
    expect(normalizeVi(input)).toBe(expected);
  });

  test('normalizeVi treats decomposed and precomposed input alike', () => {
    const decomposed = 'Cầu Ngang'.normalize('NFD');
    expect(decomposed).not.toBe('Cầu Ngang');
    expect(normalizeVi(decomposed)).toBe('cau ngang');
  });

  test('normalizeVi maps every Vietnamese vowel with a tone to its base letter', () => {
    expect(normalizeVi('àáảãạ ăằắẳẵặ âầấẩẫậ èéẻẽẹ êềếểễệ ìíỉĩị òóỏõọ ôồốổỗộ ơờớởỡợ ùúủũụ ưừứửữự ỳýỷỹỵ')).toBe(
      'aaaaa aaaaaa aaaaaa eeeee eeeeee iiiii ooooo oooooo oooooo uuuuu uuuuuu yyyyy',
    );
  });
});
