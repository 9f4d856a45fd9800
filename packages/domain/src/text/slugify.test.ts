import { describe, expect, test } from 'vitest';
import { slugify } from './slugify.js';

describe('slugify', () => {
  test.each([
    ['Cầu Ngang', 'cau-ngang'],
    ['Đôn Xuân', 'don-xuan'],
    ['Thị xã Duyên Hải', 'thi-xa-duyen-hai'],
    ['Huyện Cầu Ngang', 'huyen-cau-ngang'],
    ['Xã  Hoàng Văn Thụ', 'xa-hoang-van-thu'],
    ["Xã Ea D'Rơng", 'xa-ea-d-rong'],
    ['Phường Văn Miếu - Quốc Tử Giám', 'phuong-van-mieu-quoc-tu-giam'],
    ['Phường 15', 'phuong-15'],
    ['  (Thành phố) Hồ Chí Minh! ', 'thanh-pho-ho-chi-minh'],
    ['', ''],
  ])('slugify turns %j into %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});
