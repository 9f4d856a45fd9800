/** The two languages of the platform: Vietnamese first, English alongside. */
export type Lang = 'vi' | 'en';

/** The Intl locale behind each language: vi-VN groups with "." and decimals with ","; en the other way round. */
export const INTL_LOCALE: Readonly<Record<Lang, string>> = { vi: 'vi-VN', en: 'en-GB' };
