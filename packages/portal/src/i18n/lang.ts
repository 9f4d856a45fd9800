/** The portal's two languages: Vietnamese at the root, English under /en/. */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** BCP 47 tags for the lang attribute and for Intl. */
export const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

/** The other language, for the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === 'vi' ? 'en' : 'vi';
}
