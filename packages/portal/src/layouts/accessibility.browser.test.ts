import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtSite } from '../testing/built-site.js';
import { launchChromium, type Browser } from '../testing/chromium.js';
import { samplePages, type SitePages } from '../testing/site-pages.js';
import { serveStatic, type StaticSite } from '../testing/static-server.js';

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

let site: StaticSite;
let browser: Browser;
let page: Page;
let pages: SitePages;
let axeSource: string;

beforeAll(async () => {
  site = await serveStatic(await builtSite());
  browser = await launchChromium();
  page = await browser.context.newPage();
  pages = await samplePages(page, site.url);
  axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function seriousViolations(path: string): Promise<string[]> {
  await page.goto(`${site.url}${path}`);
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${path}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`);
}

describe('accessibility (axe-core, WCAG 2.1 A and AA)', () => {
  it('reports no serious or critical violation on any kind of page, in either language', async () => {
    const found: string[] = [];
    for (const path of [...pages.vi, ...pages.en]) found.push(...(await seriousViolations(path)));
    expect(found).toEqual([]);
  }, 180_000);

  it('reports none on the search page with results shown', async () => {
    await page.goto(`${site.url}/tim-kiem/?q=cau%20ngang`);
    await page.locator('#search-results li').first().waitFor({ timeout: 10_000 });
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
      return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations;
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});
