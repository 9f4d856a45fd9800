import type { BrowserContextOptions, Page } from 'playwright-core';
import { builtSite } from './built-site.js';
import { launchChromium, type Browser } from './chromium.js';
import { serveStatic, type StaticSite } from './static-server.js';

/** The built site served on localhost with a Chromium page open on it: what every browser test starts from. */
export interface BuiltSiteBrowser {
  site: StaticSite;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/** Serves the built site (building it when stale) and opens one Chromium page; close() stops both. */
export async function openBuiltSite(options: BrowserContextOptions = {}): Promise<BuiltSiteBrowser> {
  const site = await serveStatic(await builtSite());
  const browser = await launchChromium(options);
  const page = await browser.context.newPage();
  return {
    site,
    browser,
    page,
    async close() {
      await browser.close();
      await site.close();
    },
  };
}
