const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g;
const WHITESPACE = /\s+/gu;

/**
 * Folds Vietnamese text to a search key, so "Cầu Ngang", "CẦU NGANG" and "cau  ngang" compare equal:
 * NFC, lower case, diacritics removed (đ → d), apostrophes unified, spaces collapsed and trimmed.
 */
export function normalizeVi(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đð]/g, 'd')
    .replace(APOSTROPHES, "'")
    .replace(WHITESPACE, ' ')
    .trim()
    .normalize('NFC');
}
