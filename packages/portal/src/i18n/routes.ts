import type { Lang } from './lang.js';

/** Path segments per language, so Vietnamese readers get Vietnamese addresses and English readers English ones. */
const SEGMENTS = {
  vi: { district: 'huyen', indicator: 'chi-so', plan: 'ke-hoach', openData: 'du-lieu-mo', queries: 'truy-van', methodology: 'phuong-phap', search: 'tim-kiem' },
  en: { district: 'districts', indicator: 'indicators', plan: 'plans', openData: 'open-data', queries: 'queries', methodology: 'methodology', search: 'search' },
} as const;

function prefix(lang: Lang): string {
  return lang === 'vi' ? '/' : '/en/';
}

/** Addresses of every kind of page, in either language. */
export const routes = {
  home: (lang: Lang) => prefix(lang),
  district: (lang: Lang, slug: string) => `${prefix(lang)}${SEGMENTS[lang].district}/${slug}/`,
  indicator: (lang: Lang, code: string) => `${prefix(lang)}${SEGMENTS[lang].indicator}/${code}/`,
  plan: (lang: Lang, id: string) => `${prefix(lang)}${SEGMENTS[lang].plan}/${id}/`,
  openData: (lang: Lang) => `${prefix(lang)}${SEGMENTS[lang].openData}/`,
  query: (lang: Lang, id: string) => `${prefix(lang)}${SEGMENTS[lang].openData}/${SEGMENTS[lang].queries}/${id}/`,
  methodology: (lang: Lang) => `${prefix(lang)}${SEGMENTS[lang].methodology}/`,
  search: (lang: Lang) => `${prefix(lang)}${SEGMENTS[lang].search}/`,
  /** Downloads are the same files for both languages. */
  download: (file: string) => `/du-lieu/${file}`,
  /** The raw text of a query file, as an analyst would paste it. */
  queryFile: (name: string) => `/du-lieu/truy-van/${name}.graphql`,
};

/** The same page in the other language: swaps the prefix and the translated segments. */
export function translatePath(path: string, to: Lang): string {
  const from: Lang = path === '/en' || path.startsWith('/en/') ? 'en' : 'vi';
  if (from === to) return path;
  const rest = from === 'en' ? path.replace(/^\/en\/?/, '') : path.replace(/^\//, '');
  const parts = rest.split('/');
  const map = new Map<string, string>(
    Object.keys(SEGMENTS.vi).map((key) => {
      const k = key as keyof (typeof SEGMENTS)['vi'];
      return [SEGMENTS[from][k], SEGMENTS[to][k]];
    }),
  );
  const translated = parts.map((part, i) => (i < 3 ? (map.get(part) ?? part) : part));
  return prefix(to) + translated.join('/');
}
