import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtSite } from '../testing/built-site.js';
import { launchChromium, type Browser } from '../testing/chromium.js';
import { samplePages, type SitePages } from '../testing/site-pages.js';
import { serveStatic, type StaticSite } from '../testing/static-server.js';

let site: StaticSite;
let browser: Browser;
let page: Page;
let pages: SitePages;

beforeAll(async () => {
  site = await serveStatic(await builtSite());
  browser = await launchChromium({ javaScriptEnabled: false });
  page = await browser.context.newPage();
  pages = await samplePages(page, site.url);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('without JavaScript', () => {
  it('finds a page of every kind in both languages', () => {
    expect(pages.vi).toHaveLength(7);
    expect(pages.en).toHaveLength(7);
  });

  it('renders every page with its heading, content and navigation', async () => {
    for (const path of [...pages.vi, ...pages.en]) {
      const response = await page.goto(`${site.url}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(await page.locator('h1').count(), path).toBe(1);
      expect((await page.locator('main').innerText()).length, path).toBeGreaterThan(200);
      expect(await page.getByRole('navigation').first().isVisible(), path).toBe(true);
    }
  });

  it('draws the charts of a district page as SVG, each with its data table', async () => {
    const district = pages.vi.find((p) => p.startsWith('/huyen/'));
    await page.goto(`${site.url}${district}`);
    const figures = page.locator('figure.figure');
    const count = await figures.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1) {
      expect(await figures.nth(i).locator('svg[role="img"]').count()).toBe(1);
      expect(await figures.nth(i).locator('table').count()).toBe(1);
    }
  });

  it('offers the search page lists to browse when search cannot run', async () => {
    await page.goto(`${site.url}/tim-kiem/`);
    expect(await page.locator('#search-app').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Huyện Cầu Ngang' }).count()).toBeGreaterThan(0);
  });
});
