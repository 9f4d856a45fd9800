import { describe, expect, test } from 'vitest';
import { readConfig } from './config.js';

describe('readConfig', () => {
  test('defaults: port 4000, embedded PostgreSQL in <repo>/.data/postgres, development, any CORS origin', () => {
    const config = readConfig({});
    expect(config).toMatchObject({ port: 4000, databaseUrl: undefined, production: false, corsOrigins: true, logLevel: 'info' });
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
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgresql://api@db/edu',
      production: true,
      corsOrigins: ['https://a.example', 'https://b.example'],
      logLevel: 'warn',
      embeddedDataDir: '/var/tmp/pg',
    });
  });

  test.each(['-1', '65536', 'http', '80.5'])('PORT=%j is refused', (port) => {
    expect(() => readConfig({ PORT: port })).toThrow(/Invalid PORT/);
  });
});
