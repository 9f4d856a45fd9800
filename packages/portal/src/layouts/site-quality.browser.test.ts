import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtSite } from '../testing/built-site.js';
import { launchChromium, type Browser } from '../testing/chromium.js';
import { samplePages, type SitePages } from '../testing/site-pages.js';
import { serveStatic, type StaticSite } from '../testing/static-server.js';

let dist: string;
let site: StaticSite;
let browser: Browser;
let page: Page;
let pages: SitePages;
let htmlFiles: string[];

async function listHtml(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? listHtml(join(dir, e.name)) : Promise.resolve(e.name.endsWith('.html') ? [join(dir, e.name)] : []))));
  return nested.flat();
}

const isQueryPage = (file: string) => /\/(truy-van|queries)\//.test(file);
const isSearchPage = (file: string) => /\/(tim-kiem|search)\/index\.html$/.test(file);

beforeAll(async () => {
  dist = await builtSite();
  site = await serveStatic(dist);
  browser = await launchChromium();
  page = await browser.context.newPage();
  pages = await samplePages(page, site.url);
  htmlFiles = await listHtml(dist);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Bytes the browser received for a page and everything it loaded (compressed bodies plus headers). */
async function bytesOverTheWire(path: string): Promise<number> {
  const sizes: Array<Promise<number>> = [];
  const listener = (request: import('playwright-core').Request) => {
    sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
  };
  page.on('requestfinished', listener);
  await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
  page.off('requestfinished', listener);
  return (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
}

async function heaviest(dir: string): Promise<string> {
  const names = await readdir(join(dist, dir));
  const sized = await Promise.all(names.map(async (name) => ({ name, size: (await stat(join(dist, dir, name, 'index.html'))).size })));
  const top = sized.sort((a, b) => b.size - a.size)[0];
  if (!top) throw new Error(`no page under ${dir}`);
  return `/${dir}/${top.name}/`;
}

describe('the built site', () => {
  it.each(['huyen', 'en/districts'])('serves the heaviest district page under %s in under 100 KB with its CSS', async (dir) => {
    const path = await heaviest(dir);
    const bytes = await bytesOverTheWire(path);
    expect(bytes, path).toBeGreaterThan(1_000);
    expect(bytes, path).toBeLessThan(100 * 1024);
  });

  it('ships JavaScript on the search pages only', async () => {
    const withScripts: string[] = [];
    for (const file of htmlFiles) {
      if (isSearchPage(file)) continue;
      if (/<script\b/i.test(await readFile(file, 'utf8'))) withScripts.push(relative(dist, file));
    }
    expect(withScripts).toEqual([]);
  });

  it('gives every page a title and a description, and every reader page its own title', async () => {
    const titles = new Map<string, string>();
    const problems: string[] = [];
    for (const file of htmlFiles) {
      const html = await readFile(file, 'utf8');
      const title = /<title>([^<]+)<\/title>/.exec(html)?.[1]?.trim();
      const description = /<meta name="description" content="([^"]+)"/.exec(html)?.[1]?.trim();
      const name = relative(dist, file);
      if (!title) problems.push(`${name}: no title`);
      if (!description) problems.push(`${name}: no description`);
      if (title && !isQueryPage(file)) {
        const other = titles.get(title);
        if (other) problems.push(`${name}: same title as ${other}`);
        titles.set(title, name);
      }
    }
    expect(problems).toEqual([]);
  });

  it('carries the Số liệu minh họa notice on every page that shows an illustrative figure', async () => {
    const missing: string[] = [];
    for (const file of htmlFiles) {
      const html = await readFile(file, 'utf8');
      if (html.includes('demo-badge') && !/class="demo-notice"[^>]*>[\s\S]*?Số liệu minh họa/.test(html)) missing.push(relative(dist, file));
    }
    expect(missing).toEqual([]);
  });

  it('lists the pages of both languages in the sitemap, without the query pages', async () => {
    const index = await readFile(join(dist, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
    const urls = (await Promise.all(sitemaps.map((p) => readFile(join(dist, p), 'utf8')))).flatMap((xml) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname));
    for (const path of [...pages.vi, ...pages.en]) expect(urls, path).toContain(path);
    expect(urls.filter((u) => /\/(truy-van|queries)\//.test(u))).toEqual([]);
  });

  it('writes Vietnamese numbers and dates on Vietnamese pages', async () => {
    for (const path of pages.vi.filter((p) => /^\/(huyen|ke-hoach|chi-so)\//.test(p))) {
      await page.goto(`${site.url}${path}`);
      const text = await page.locator('main').innerText();
      expect(text, path).not.toMatch(/\d\.\d+\s?%/);
      expect(text, path).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
      expect(text, path).toMatch(/\d,\d+\s?%|\d{2}\/\d{2}\/\d{4}|\d\.\d{3}\b/);
    }
  });

  it('prints without navigation and with the tables whole', async () => {
    const district = pages.vi.find((p) => p.startsWith('/huyen/'));
    await page.goto(`${site.url}${district}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await page.locator('.breadcrumb').isVisible()).toBe(false);
    expect(await page.locator('table').first().isVisible()).toBe(true);
    expect(await page.locator('.demo-notice').first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });
});
