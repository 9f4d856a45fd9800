import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { startApi } from '../api/api-process.js';
import { graphqlClient, graphqlEndpoint } from '../api/graphql-client.js';
import { fetchSiteData } from '../data/site-data-fetch.js';
import { saveSiteData, SITE_DATA_ENV } from '../data/site-data-store.js';
import { writeSearchIndex } from './pagefind-index.js';

export interface SiteDataOptions {
  /** Root of the portal package. */
  packageRoot: string;
  /** The public GraphQL address printed on the open-data page. */
  publicApiUrl: string;
}

/** The portal's query files by name, as analysts will read and paste them. */
async function readQueryFiles(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.graphql')).sort();
  const entries = await Promise.all(names.map(async (name) => [name.replace(/\.graphql$/, ''), await readFile(join(dir, name), 'utf8')] as const));
  return Object.fromEntries(entries);
}

/**
 * Fetches the site's data once, before any page is built: from API_URL when given, otherwise from an API
 * started for the build on the embedded PostgreSQL. After the build, indexes the pages for search.
 */
export function siteDataIntegration(options: SiteDataOptions): AstroIntegration {
  const snapshot = join(options.packageRoot, 'node_modules/.cache/portal/site-data.json');
  return {
    name: 'edu-vn-site-data',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        // Component tests load this config too; they render with their own data and never start the API.
        if ((command !== 'build' && command !== 'dev') || process.env.VITEST) return;
        const given = process.env.PORTAL_SITE_DATA;
        if (given) {
          process.env[SITE_DATA_ENV] = resolve(given);
          logger.info(`data: ${given}`);
          return;
        }
        const started = Date.now();
        const apiUrl = process.env.API_URL;
        const api = apiUrl ? null : await startApi({ repoRoot: resolve(options.packageRoot, '../..'), log: (line) => logger.info(line) });
        try {
          const endpoint = graphqlEndpoint(apiUrl ?? api?.baseUrl ?? '');
          const data = await fetchSiteData(graphqlClient(endpoint, fetch, { log: (line) => logger.info(line) }), {
            apiUrl: options.publicApiUrl,
            queryFiles: await readQueryFiles(join(options.packageRoot, 'src/api/queries')),
            log: (line) => logger.info(line),
          });
          await saveSiteData(snapshot, data);
          logger.info(`data: ${data.queryRuns.length} queries from ${endpoint} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        } finally {
          await api?.stop();
        }
        process.env[SITE_DATA_ENV] = snapshot;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        if (!existsSync(siteDir)) return;
        const pages = await writeSearchIndex(siteDir);
        logger.info(`search: ${pages} pages indexed`);
      },
    },
  };
}
