import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.js';

describe('the API serving a built portal (PORTAL_DIST)', () => {
  let app: TestApp;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'portal-dist-'));
    await mkdir(join(dir, 'huyen/850'), { recursive: true });
    await writeFile(join(dir, 'index.html'), `<!doctype html><title>Trang chủ</title>${'<p>Chỉ tiêu giáo dục</p>'.repeat(200)}`);
    await writeFile(join(dir, 'huyen/850/index.html'), '<!doctype html><title>Huyện Duyên Hải</title>');
    await writeFile(join(dir, '404.html'), '<!doctype html><title>Không tìm thấy trang</title>');
    await writeFile(join(dir, 'data.csv'), '\uFEFFhuyện,giá trị\nDuyên Hải,98\n');
    app = await createTestApp({ portalDist: dir });
  });

  afterAll(async () => {
    await app?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the home page at / compressed', async () => {
    const response = await app.fetch('/', { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(await response.text()).toContain('Trang chủ');
  });

  it('serves a folder page at its slash address', async () => {
    const response = await app.fetch('/huyen/850/');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Huyện Duyên Hải');
  });

  it('serves data files as they are', async () => {
    const response = await app.fetch('/data.csv');
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    expect(await response.text()).toContain('Duyên Hải,98');
  });

  it('answers an unknown page with the portal 404 page and status 404', async () => {
    const response = await app.fetch('/khong-co/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Không tìm thấy trang');
  });

  it('keeps GraphQL and health answering beside the portal', async () => {
    expect((await app.fetch('/healthz')).status).toBe(200);
    const { status, body } = await app.graphql<{ plans: { totalCount: number } }>('{ plans { totalCount } }');
    expect(status).toBe(200);
    expect(body.data?.plans.totalCount).toBe(5);
  });
});
