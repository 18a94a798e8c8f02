import { defineConfig } from 'vitest/config';

// Browser tests drive Debian's Chromium against the built dist/ (see tests/browser/support).
// Most of a browser test is waiting (for the network, the next frame, a round trip to the browser),
// so they run side by side in the run's one browser: three files at a time, each in its own worker
// connected to that browser, and inside a `describe.concurrent` block (pages.test.ts, the phone
// cards of reading-aids.test.ts) this many tests at once. Tests that read the clipboard, which the
// browser shares between pages, live in one block that runs alone (reading-aids.test.ts).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/support/global-setup.ts'],
    // Generous: on two cores shared with other work a page can take half a minute to load.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: true,
    maxWorkers: 3,
    maxConcurrency: 4,
    // Under that load a tooltip or card can take more than expect.poll's default second to appear.
    expect: { poll: { timeout: 5_000 } },
    env: { TZ: 'UTC' },
  },
});
