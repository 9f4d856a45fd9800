import { normalizeVi } from '@edu-vn/domain';

/**
 * Unaccented forms of a page's names ("Huyện Cầu Ngang" → "huyen cau ngang"), added to the indexed text
 * so that a reader typing without diacritics finds the page whatever the search engine's own folding does.
 */
export function searchAliases(...names: ReadonlyArray<string | null | undefined>): string {
  const aliases = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    const folded = normalizeVi(name);
    if (folded !== name.toLowerCase()) aliases.add(folded);
  }
  return [...aliases].join(' · ');
}
