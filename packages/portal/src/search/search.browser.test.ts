import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBuiltSite, type BuiltSiteBrowser } from '../testing/built-site-browser.js';
import type { StaticSite } from '../testing/static-server.js';

let session: BuiltSiteBrowser;
let site: StaticSite;
let page: Page;

beforeAll(async () => {
  session = await openBuiltSite();
  ({ site, page } = session);
});

afterAll(async () => {
  await session?.close();
});

async function search(path: string, term: string): Promise<string[]> {
  await page.goto(`${site.url}${path}`);
  await page.getByRole('searchbox').fill(term);
  await page.getByRole('button').filter({ hasText: /^(Tìm|Search)$/ }).click();
  await page.locator('#search-results li').first().waitFor({ timeout: 10_000 });
  return page.$$eval('#search-results li a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}

describe('search', () => {
  it.each(['cau ngang', 'Cầu Ngang', 'CAU NGANG'])('finds the district Cầu Ngang when typed %j', async (term) => {
    const hrefs = await search('/tim-kiem/', term);
    expect(hrefs.some((href) => /^\/huyen\/cau-ngang-\d+\/$/.test(href))).toBe(true);
  });

  it('finds the district without diacritics on the English site, among English pages', async () => {
    const hrefs = await search('/en/search/', 'cau ngang');
    expect(hrefs.some((href) => /^\/en\/districts\/cau-ngang-\d+\/$/.test(href))).toBe(true);
    expect(hrefs.every((href) => href.startsWith('/en/'))).toBe(true);
  });

  it('announces the number of results to screen readers', async () => {
    await search('/tim-kiem/', 'duyen hai');
    expect(await page.getByRole('status').textContent()).toMatch(/^\d+ kết quả$/);
  });
});
