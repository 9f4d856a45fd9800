import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtSite } from '../testing/built-site.js';
import { launchChromium, type Browser } from '../testing/chromium.js';
import { serveStatic, type StaticSite } from '../testing/static-server.js';

let site: StaticSite;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  site = await serveStatic(await builtSite());
  browser = await launchChromium();
  page = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('a reader', () => {
  it('goes from the home page to a district scorecard and on to the plan behind it', async () => {
    await page.goto(`${site.url}/`);
    await page.getByRole('link', { name: 'Huyện Cầu Ngang' }).first().click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Huyện Cầu Ngang');

    const scorecard = page.getByRole('table', { name: /Bảng đánh giá chỉ tiêu: Huyện Cầu Ngang/ }).first();
    expect(await scorecard.isVisible()).toBe(true);
    const verdicts = await scorecard.locator('td span[class^="att-"]').allTextContents();
    expect(verdicts.length).toBeGreaterThan(0);
    expect(verdicts.every((v) => ['Đạt', 'Không đạt', 'Chưa có số liệu'].includes(v))).toBe(true);

    await scorecard.getByRole('link', { name: /^Kế hoạch/ }).first().click();
    expect(page.url()).toMatch(/\/ke-hoach\/[^/]+\/$/);
    expect(await page.getByRole('heading', { name: 'Chỉ tiêu và mức độ đạt' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Lịch báo cáo' }).isVisible()).toBe(true);
  });

  it('switches a district page to English and finds the same scorecard there', async () => {
    await page.goto(`${site.url}/`);
    await page.getByRole('link', { name: 'Huyện Cầu Ngang' }).first().click();
    await page.getByRole('link', { name: 'English' }).click();
    expect(page.url()).toMatch(/\/en\/districts\/[^/]+\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('table', { name: /Scorecard: Huyện Cầu Ngang/ }).first().isVisible()).toBe(true);
  });

  it('follows a figure to the GraphQL query that reproduces it', async () => {
    await page.goto(`${site.url}/`);
    await page.getByRole('link', { name: 'Huyện Cầu Ngang' }).first().click();
    await page.getByRole('link', { name: 'Truy vấn GraphQL tái tạo số liệu' }).first().click();
    expect(await page.getByRole('heading', { name: 'Truy vấn', exact: true }).isVisible()).toBe(true);
    expect(await page.locator('pre code').first().textContent()).toMatch(/query \w+/);
  });
});
