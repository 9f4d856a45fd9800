import { en } from './en.js';
import type { Lang } from './lang.js';
import { vi, type Messages } from './vi.js';

const MESSAGES: Record<Lang, Messages> = { vi, en };

/** The words of a page in its language. */
export function messages(lang: Lang): Messages {
  return MESSAGES[lang];
}
