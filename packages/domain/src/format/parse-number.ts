import type { Lang } from './lang.js';

const VI_NUMBER = /^([+-]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;
const EN_NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/**
 * Reads a number as written in the given language, or null when the text is not one.
 * A separator is only read as the language uses it, never guessed: in Vietnamese "23.800" is 23800 and
 * "98,5" is 98.5, while "1.5" (a dot not followed by a group of three digits) is refused.
 */
export function parseNumber(text: string, lang: Lang): number | null {
  const match = (lang === 'vi' ? VI_NUMBER : EN_NUMBER).exec(text.trim().replace(/^\u2212/, '-'));
  if (!match) return null;
  const [, sign, whole = '', fraction] = match;
  const digits = `${whole.replace(/[.,]/g, '')}${fraction === undefined ? '' : `.${fraction}`}`;
  const value = Number(digits);
  return sign === '-' && value !== 0 ? -value : value;
}

/** Reads a Vietnamese number: parseViNumber("23.800") → 23800, parseViNumber("98,5") → 98.5. */
export function parseViNumber(text: string): number | null {
  return parseNumber(text, 'vi');
}
