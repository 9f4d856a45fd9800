import { createHash } from 'node:crypto';
import type { RequestHandler, Response } from 'express';

/** For JSON answers and downloads: nothing in them may run, load anything or be framed. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * For the portal's pages: its own scripts, styles and images only; Pagefind (search) compiles WebAssembly, so
 * 'wasm-unsafe-eval' and no 'unsafe-eval'. Inline scripts run only when their hash is listed.
 */
export function pageContentSecurityPolicy(inlineScriptHashes: readonly string[] = []): string {
  const scripts = ["'self'", "'wasm-unsafe-eval'", ...inlineScriptHashes.map((hash) => `'${hash}'`)].join(' ');
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    // The portal's charts carry style attributes, which hashes cannot allow.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The CSP hash source (`sha256-…`) of every inline `<script>` of an HTML page. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    hashes.add(`sha256-${createHash('sha256').update(match[1] ?? '', 'utf8').digest('base64')}`);
  }
  return [...hashes];
}

/** Sets the portal policy on a response, allowing the inline scripts of `html` when it is a page. */
export function setPageContentSecurityPolicy(res: Response, html?: string): void {
  res.setHeader('content-security-policy', pageContentSecurityPolicy(html === undefined ? [] : inlineScriptHashes(html)));
}

/** One year, with subdomains: once a browser has seen the API over TLS it never falls back to plain HTTP. */
const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';

/**
 * Headers on every response, set before any route so errors carry them too: no MIME sniffing, no referrer, no
 * framing, no use by other sites' pages, and the strict policy that pages (portal, explorer) loosen for themselves.
 * Strict-Transport-Security is sent in production over TLS only (directly, or X-Forwarded-Proto from a trusted proxy):
 * on plain HTTP it would mean nothing, and in development it would pin localhost to HTTPS.
 */
export function securityHeaders({ production }: { production: boolean }): RequestHandler {
  return (req, res, next) => {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('x-frame-options', 'DENY');
    res.setHeader('cross-origin-resource-policy', 'same-origin');
    res.setHeader('cross-origin-opener-policy', 'same-origin');
    res.setHeader('content-security-policy', API_CONTENT_SECURITY_POLICY);
    if (production && req.secure) res.setHeader('strict-transport-security', STRICT_TRANSPORT_SECURITY);
    next();
  };
}
