import { describe, expect, it } from 'vitest';
import { searchAliases } from './search-aliases.js';

describe('searchAliases', () => {
  it('adds the unaccented form of each Vietnamese name', () => {
    expect(searchAliases('Huyện Cầu Ngang', 'Tỉnh Trà Vinh')).toBe('huyen cau ngang · tinh tra vinh');
  });

  it('folds đ to d', () => {
    expect(searchAliases('Đạt chuẩn')).toBe('dat chuan');
  });

  it('adds nothing for names already without diacritics or missing', () => {
    expect(searchAliases('Cu Chi', null, undefined)).toBe('');
  });

  it('adds each form once', () => {
    expect(searchAliases('Cầu Ngang', 'Cầu Ngang')).toBe('cau ngang');
  });
});
