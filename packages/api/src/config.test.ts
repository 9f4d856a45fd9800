import { describe, expect, test } from 'vitest';
import { readConfig } from './config.js';

describe('readConfig', () => {
  test('defaults: port 4000, embedded PostgreSQL in <repo>/.data/postgres, development, any CORS origin', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 4000, databaseUrl: undefined, production: false, corsOrigins: true, logLevel: 'info', migrateOnStart: true, rateLimitCostPerMinute: 50_000, trustProxy: false });
    expect(config.embeddedDataDir).toMatch(/\/\.data\/postgres$/);
  });

  test('environment variables override the defaults', () => {
    const config = readConfig({
      PORT: '8080',
      DATABASE_URL: 'postgresql://api@db/edu',
      NODE_ENV: 'production',
      CORS_ORIGINS: 'https://a.example, https://b.example',
      LOG_LEVEL: 'warn',
      EMBEDDED_PG_DIR: '/var/tmp/pg',
      MIGRATE_ON_START: 'false',
      RATE_LIMIT_COST_PER_MINUTE: '20000',
      TRUST_PROXY: '1',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgresql://api@db/edu',
      production: true,
      corsOrigins: ['https://a.example', 'https://b.example'],
      logLevel: 'warn',
      embeddedDataDir: '/var/tmp/pg',
      migrateOnStart: false,
      rateLimitCostPerMinute: 20_000,
      trustProxy: 1,
    });
  });

  test.each(['-1', '65536', 'http', '80.5'])('PORT=%j is refused', (port) => {
    expect(() => readConfig({ PORT: port })).toThrow(/Invalid PORT/);
  });

  test.each([
    ['true', true],
    ['1', true],
    ['false', false],
    ['FALSE', false],
    ['0', false],
    ['no', false],
    ['', true],
  ])('MIGRATE_ON_START=%j migrates at start: %s', (value, migrateOnStart) => {
    expect(readConfig({ MIGRATE_ON_START: value }).migrateOnStart).toBe(migrateOnStart);
  });

  test('MIGRATE_ON_START other than true or false is refused', () => {
    expect(() => readConfig({ MIGRATE_ON_START: 'off' })).toThrow(/Invalid MIGRATE_ON_START "off", expected true or false/);
  });

  test.each([
    ['0', 0],
    ['1', 1],
    ['50000', 50_000],
    [' 75000 ', 75_000],
  ])('RATE_LIMIT_COST_PER_MINUTE=%j allows %i cost units a minute (0: no limit)', (value, limit) => {
    expect(readConfig({ RATE_LIMIT_COST_PER_MINUTE: value }).rateLimitCostPerMinute).toBe(limit);
  });

  test.each(['-1', '1.5', 'many', '1e6'])('RATE_LIMIT_COST_PER_MINUTE=%j is refused', (value) => {
    expect(() => readConfig({ RATE_LIMIT_COST_PER_MINUTE: value })).toThrow(/Invalid RATE_LIMIT_COST_PER_MINUTE/);
  });

  test.each([
    ['false', false],
    ['true', true],
    ['2', 2],
    ['loopback, 10.0.0.0/8', 'loopback, 10.0.0.0/8'],
  ])('TRUST_PROXY=%j is given to Express as %j', (value, trustProxy) => {
    expect(readConfig({ TRUST_PROXY: value }).trustProxy).toEqual(trustProxy);
  });
});
