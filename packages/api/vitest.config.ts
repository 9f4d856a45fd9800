import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  oxc: {
    decorator: { legacy: true, emitDecoratorMetadata: true },
  },
  resolve: {
    // Node loads graphql's CommonJS build for type-graphql and Apollo; tests must use that same copy.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    name: 'api',
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    // One PostgreSQL for the run, with a seeded template database; see src/test/global-setup.ts.
    globalSetup: ['src/test/global-setup.ts'],
    hookTimeout: 60_000,
    testTimeout: 20_000,
  },
});
