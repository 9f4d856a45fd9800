import compression from 'compression';
import express, { type Express } from 'express';
import { join } from 'node:path';

/**
 * Serves the built static portal from `dir` beside the API, so one process answers both on a laptop.
 * The folder may fill after start-up (the start script builds the portal from this very API).
 * In production the portal sits on any web server or CDN (infra/docker/nginx.conf) and this is not used.
 */
export function mountPortalSite(app: Express, dir: string): void {
  app.use(compression());
  // Astro writes /x/index.html for /x/; `redirect` sends /x to /x/ and .csv/.json/.graphql go out as they are.
  app.use(express.static(dir, { index: 'index.html', redirect: true, maxAge: '5m' }));
  app.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    res.status(404).sendFile(join(dir, '404.html'), (error) => error && next());
  });
}
