/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit and component tests run through Astro's Vite config, so Svelte and `astro:content` resolve as in the build.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Chart snapshots contain dates: pin the zone so snapshots match on every machine.
    env: { TZ: 'UTC' },
  },
});
