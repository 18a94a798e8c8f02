import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's Chromium against the built dist/ (see tests/browser/support).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // describe.concurrent blocks run this many tests at once.
    maxConcurrency: 3,
    env: { TZ: 'UTC' },
  },
});
