/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Tests of a whole throwaway copy of the site (base path, escaping, the scaffolder): the copy is
// built once, in the global setup, and every file reads that one build (tests/integration/shared-build.ts).
// The build takes the machine's cores: on a shared machine run them under the build lock.
export default getViteConfig({
  test: {
    include: ['tests/integration/**/*.test.ts'],
    globalSetup: ['tests/integration/shared-build.ts'],
    environment: 'node',
    testTimeout: 60_000,
    env: { TZ: 'UTC' },
  },
});
