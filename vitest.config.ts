/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit and component tests run through Astro's Vite config, so Svelte and `astro:content` resolve as in the build.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Files share workers (no per-file module reload): half the time, and no test relies on a fresh module.
    isolate: false,
    // npm test runs the unit tests beside the build and the browser tests (tests/run.ts): on two
    // shared cores a test that takes 1 s alone can take more than Vitest's default 5 s.
    testTimeout: 30_000,
    // Chart snapshots contain dates: pin the zone so snapshots match on every machine.
    env: { TZ: 'UTC' },
  },
});
