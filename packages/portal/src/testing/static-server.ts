import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.graphql': 'application/graphql; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.csv', '.graphql', '.svg', '.xml', '.txt']);

export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

async function resolveFile(root: string, pathname: string): Promise<string | null> {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return null;
  for (const candidate of [path, join(path, 'index.html')]) {
    const info = await stat(candidate).catch(() => null);
    if (info?.isFile()) return candidate;
  }
  return null;
}

/** Serves a built site on loopback, gzip when asked, as any static host would; tests measure bytes over the wire with it. */
export async function serveStatic(rootDir: string): Promise<StaticSite> {
  const root = resolve(rootDir);
  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = await resolveFile(root, pathname);
    if (!file) {
      const notFound = await resolveFile(root, '/404.html');
      response.writeHead(404, { 'content-type': TYPES['.html'] ?? 'text/html' });
      if (notFound) createReadStream(notFound).pipe(response);
      else response.end('Not found');
      return;
    }
    const ext = extname(file);
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream', ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
    const stream = createReadStream(file);
    if (gzip) stream.pipe(createGzip()).pipe(response);
    else stream.pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
