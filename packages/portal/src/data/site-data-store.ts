import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { readFileSync } from 'node:fs';
import type { SiteData } from './site-data.js';

/** Environment variable through which the build tells the pages where the fetched data lies. */
export const SITE_DATA_ENV = 'PORTAL_SITE_DATA_FILE';

/** Writes the build's data snapshot. */
export async function saveSiteData(file: string, data: SiteData): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(data));
}

/** Reads a snapshot written by saveSiteData. */
export async function readSiteData(file: string): Promise<SiteData> {
  return JSON.parse(await readFile(file, 'utf8')) as SiteData;
}

let cached: SiteData | undefined;

/** The data every page is built from: read once per build process, whatever the number of pages. */
export function loadSiteData(): SiteData {
  if (cached) return cached;
  const file = process.env[SITE_DATA_ENV];
  if (!file) {
    throw new Error(`Thiếu dữ liệu của bản dựng: biến ${SITE_DATA_ENV} chưa được đặt / no build data: ${SITE_DATA_ENV} is not set (run the build through astro.config.ts)`);
  }
  cached = JSON.parse(readFileSync(file, 'utf8')) as SiteData;
  return cached;
}
