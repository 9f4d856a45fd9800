import { describe, expect, test } from 'vitest';
import { hashApiToken, isWellFormedToken, issueApiToken, parseTokenLifetime, readBearer, tokenState } from './api-token.js';

describe('issueApiToken', () => {
  test('issues a prefixed random token with its SHA-256 hash and a short hint', () => {
    const issued = issueApiToken();
    expect(issued.token).toMatch(/^evn_[A-Za-z0-9_-]{43}$/);
    expect(issued.hash).toBe(hashApiToken(issued.token));
    expect(issued.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(issued.token.slice(4, 10)).toBe(issued.hint);
  });

  test('never issues the same token twice', () => {
    const tokens = new Set(Array.from({ length: 200 }, () => issueApiToken().token));
    expect(tokens.size).toBe(200);
  });

  test('hashes with SHA-256 as published test vectors say', () => {
    expect(hashApiToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('readBearer', () => {
  const token = issueApiToken().token;
  test.each([
    [undefined, { kind: 'none' }],
    ['', { kind: 'none' }],
    [`Bearer ${token}`, { kind: 'token', token }],
    [`bearer ${token}`, { kind: 'token', token }],
    [`Bearer   ${token}  `, { kind: 'token', token }],
    [`Basic ${token}`, { kind: 'malformed' }],
    ['Bearer', { kind: 'malformed' }],
    ['Bearer evn_short', { kind: 'malformed' }],
    [`Bearer ${token} extra`, { kind: 'malformed' }],
    [token, { kind: 'malformed' }],
  ])('reads %j as %j', (header, expected) => {
    expect(readBearer(header)).toEqual(expected);
  });

  test('refuses a token with characters outside base64url', () => {
    expect(isWellFormedToken(`evn_${'a'.repeat(42)}+`)).toBe(false);
  });
});

describe('tokenState', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  test.each([
    ['one millisecond before expiry', { expiresAt: new Date('2026-01-01T00:00:00.001Z'), revokedAt: null }, 'active'],
    ['at the expiry instant', { expiresAt: now, revokedAt: null }, 'expired'],
    ['after expiry', { expiresAt: new Date('2025-12-31T00:00:00Z'), revokedAt: null }, 'expired'],
    ['revoked before expiry', { expiresAt: new Date('2027-01-01T00:00:00Z'), revokedAt: new Date('2025-06-01T00:00:00Z') }, 'revoked'],
    ['revoked and expired', { expiresAt: new Date('2025-01-01T00:00:00Z'), revokedAt: new Date('2024-06-01T00:00:00Z') }, 'revoked'],
  ] as const)('a token %s is %s', (_case, token, expected) => {
    expect(tokenState(token, now)).toBe(expected);
  });
});

describe('parseTokenLifetime', () => {
  test.each([
    ['12h', 12 * 3_600_000],
    ['90d', 90 * 86_400_000],
    ['4w', 28 * 86_400_000],
    ['366d', 366 * 86_400_000],
    ['367d', null],
    ['0d', null],
    ['1y', null],
    ['d', null],
    ['-1d', null],
  ])('reads %s as %s ms', (text, expected) => {
    expect(parseTokenLifetime(text)).toBe(expected);
  });
});
