/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Astro's Vite setup, so component tests can render .astro files with the container API; rooted here even when run from the monorepo root. */
export default getViteConfig(
  {
    root,
    test: {
      name: 'portal',
      root,
      include: ['src/**/*.test.ts'],
      testTimeout: 30_000,
      hookTimeout: 900_000,
    },
  },
  { root },
);
