/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Tests that build a whole throwaway copy of the site (base path, escaping, the scaffolder): minutes,
// not seconds, so they are their own project (`npm run test:integration`, part of `npm test`).
// They build; on a shared machine run them under the build lock.
export default getViteConfig({
  test: {
    include: ['tests/integration/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 240_000,
    hookTimeout: 240_000,
    env: { TZ: 'UTC' },
  },
});
