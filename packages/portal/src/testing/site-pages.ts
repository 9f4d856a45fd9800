import type { Page } from 'playwright-core';

/** Pages of every kind in both languages, found by following links from the home pages as a reader would. */
export interface SitePages {
  vi: string[];
  en: string[];
}

const FIXED = {
  vi: ['/', '/phuong-phap/', '/du-lieu-mo/', '/tim-kiem/'],
  en: ['/en/', '/en/methodology/', '/en/open-data/', '/en/search/'],
};

const KINDS = {
  vi: ['/huyen/', '/chi-so/', '/ke-hoach/'],
  en: ['/en/districts/', '/en/indicators/', '/en/plans/'],
};

/** Home, methodology, open data and search, plus the first district, indicator and plan linked from home. */
export async function samplePages(page: Page, baseUrl: string): Promise<SitePages> {
  const pages: SitePages = { vi: [...FIXED.vi], en: [...FIXED.en] };
  for (const lang of ['vi', 'en'] as const) {
    await page.goto(`${baseUrl}${FIXED[lang][0]}`);
    const hrefs = await page.$$eval('main a[href]', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    for (const prefix of KINDS[lang]) {
      const found = hrefs.find((href) => href.startsWith(prefix));
      if (found) pages[lang].push(found);
    }
  }
  return pages;
}
