import compression from 'compression';
import express, { type Express, type Response } from 'express';
import { readFileSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { setPageContentSecurityPolicy } from './security-headers.js';

/** Each page's text read once per version of the file, for the hashes of its inline scripts. */
function pagePolicySetter(): (res: Response, path: string, stat: Stats) => void {
  const pages = new Map<string, { mtimeMs: number; html: string }>();
  return (res, path, stat) => {
    if (!path.endsWith('.html')) return setPageContentSecurityPolicy(res);
    let page = pages.get(path);
    if (page?.mtimeMs !== stat.mtimeMs) {
      page = { mtimeMs: stat.mtimeMs, html: readFileSync(path, 'utf8') };
      pages.set(path, page);
    }
    setPageContentSecurityPolicy(res, page.html);
  };
}

/**
 * Serves the built static portal from `dir` beside the API, so one process answers both on a laptop.
 * The folder may fill after start-up (the start script builds the portal from this very API).
 * In production the portal sits on any web server or CDN (infra/docker/nginx.conf) and this is not used.
 */
export function mountPortalSite(app: Express, dir: string): void {
  const setPolicy = pagePolicySetter();
  app.use(compression());
  // Astro writes /x/index.html for /x/; `redirect` sends /x to /x/ and .csv/.json/.graphql go out as they are.
  app.use(express.static(dir, { index: 'index.html', redirect: true, maxAge: '5m', setHeaders: setPolicy }));
  app.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const notFound = join(dir, '404.html');
    const stat = statSync(notFound, { throwIfNoEntry: false });
    if (!stat) return next();
    setPolicy(res, notFound, stat);
    res.status(404).sendFile(notFound, (error) => error && next());
  });
}
