import { normalizeVi } from './normalize-vi.js';

/** Makes a URL segment from Vietnamese text: "Thị xã Duyên Hải" → "thi-xa-duyen-hai". */
export function slugify(text: string): string {
  return normalizeVi(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
