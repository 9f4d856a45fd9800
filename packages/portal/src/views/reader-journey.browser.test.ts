import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
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

/** A missed target's explanation is on show, labelled illustrative, with its cause and remedy, on a page with the demo notice. */
async function expectIllustrativeExplanation(within: Locator, badge: string, cause: RegExp): Promise<void> {
  const explanation = within.locator('.explanation').first();
  expect(await explanation.isVisible()).toBe(true);
  expect(await explanation.locator('.demo-badge').textContent()).toBe(badge);
  const [causeText, remedyText] = await explanation.locator('p').allTextContents();
  expect(causeText).toMatch(cause);
  expect(remedyText).toMatch(/^(Giải pháp: Số liệu minh họa|Remedy: Illustrative): \S/);
  expect(await explanation.locator('xpath=ancestor::tr').locator('td span[class^="att-"]').textContent()).toMatch(/^(Không đạt|Not met)$/);
  expect(await page.locator('.demo-notice').isVisible()).toBe(true);
}

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
    await expectIllustrativeExplanation(page.getByRole('table', { name: /Bảng đánh giá chỉ tiêu: Huyện Cầu Ngang/ }), 'minh họa', /^Nguyên nhân: Số liệu minh họa: kết quả .+ chưa đạt chỉ tiêu «.+»\. \S/);

    await scorecard.getByRole('link', { name: /^Kế hoạch/ }).first().click();
    expect(page.url()).toMatch(/\/ke-hoach\/[^/]+\/$/);
    expect(await page.getByRole('heading', { name: 'Chỉ tiêu và mức độ đạt' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Lịch báo cáo' }).isVisible()).toBe(true);
    await expectIllustrativeExplanation(page.locator('main'), 'minh họa', /^Nguyên nhân: Số liệu minh họa: /);
  });

  it('switches a district page to English and finds the same scorecard there', async () => {
    await page.goto(`${site.url}/`);
    await page.getByRole('link', { name: 'Huyện Cầu Ngang' }).first().click();
    await page.getByRole('link', { name: 'English' }).click();
    expect(page.url()).toMatch(/\/en\/districts\/[^/]+\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const scorecards = page.getByRole('table', { name: /Scorecard: Huyện Cầu Ngang/ });
    expect(await scorecards.first().isVisible()).toBe(true);
    await expectIllustrativeExplanation(scorecards, 'illustrative', /^Cause: Illustrative: the result, .+, falls short of the target ".+"\. \S/);
  });

  it('follows a figure to the GraphQL query that reproduces it', async () => {
    await page.goto(`${site.url}/`);
    await page.getByRole('link', { name: 'Huyện Cầu Ngang' }).first().click();
    await page.getByRole('link', { name: 'Truy vấn GraphQL tái tạo số liệu' }).first().click();
    expect(await page.getByRole('heading', { name: 'Truy vấn', exact: true }).isVisible()).toBe(true);
    expect(await page.locator('pre code').first().textContent()).toMatch(/query \w+/);
  });
});
