import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { siteDataIntegration } from './src/build/site-data-integration.js';

/** Where the site is published; the API serves it at its own origin by default. */
const site = process.env.SITE_URL ?? 'http://localhost:4000';
const publicApiUrl = process.env.PUBLIC_API_URL ?? new URL('/graphql', site).href;

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  integrations: [
    siteDataIntegration({ packageRoot: fileURLToPath(new URL('.', import.meta.url)), publicApiUrl }),
    sitemap({ filter: (page) => !page.includes('/truy-van/') && !page.includes('/queries/') }),
  ],
});
