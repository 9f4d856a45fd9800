import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const nginxConf = readFileSync(fileURLToPath(new URL('docker/nginx.conf', import.meta.url)), 'utf8');
const portalDist = fileURLToPath(new URL('../packages/portal/dist', import.meta.url));
const policy = /add_header Content-Security-Policy "([^"]+)" always;/.exec(nginxConf)?.[1] ?? '';

/** Every built page, for the inline scripts it carries. */
function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

describe('the portal security headers in nginx.conf', () => {
  test('the policy allows scripts of the site and WebAssembly only, never inline code or eval by name', () => {
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')*;/);
    expect(policy).not.toMatch(/'unsafe-eval'|script-src[^;]*'unsafe-inline'|https?:|\*/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  test('files are not for other sites to embed', () => {
    expect(nginxConf).toMatch(/^ {8}add_header Cross-Origin-Resource-Policy "same-origin" always;$/m);
  });

  test.skipIf(!existsSync(portalDist))('every inline script of the built portal is allowed by its hash', () => {
    const hashes = new Set<string>();
    for (const page of pages(portalDist)) {
      for (const match of readFileSync(page, 'utf8').matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
        hashes.add(`'sha256-${createHash('sha256').update(match[1] ?? '', 'utf8').digest('base64')}'`);
      }
    }
    for (const hash of hashes) expect(policy, `a built page runs an inline script with hash ${hash}`).toContain(hash);
  });
});
