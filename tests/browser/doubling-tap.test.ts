/**
 * The doubling counter reaches a dose in one gesture on a phone: the first tap on "Grow to a dose"
 * both wakes the island (its code loads only on interaction) and is replayed once it has hydrated.
 * A disabled button before hydration swallowed that tap, so a reader had to tap twice.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './support/chromium';
import { builtPages } from './support/pages';
import { visit } from './support/visit';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

// Reduced motion: "Grow" jumps straight to the dose, so the test need not wait for the animation.
const PHONE = {
  hasTouch: true,
  isMobile: true,
  viewport: { width: 375, height: 700 },
  reducedMotion: 'reduce' as const,
};
const CASES = [
  { path: 'chapters/what-are-ips-cells/', grow: 'Grow to a dose', done: /That is enough for/ },
  { path: 'ja/chapters/what-are-ips-cells/', grow: '1回分まで増やす', done: /これで.*に足ります/ },
].filter((c) => builtPages().includes(c.path));

describe('doubling counter: one tap reaches a dose', () => {
  it('both chapters with the counter are built', () => {
    expect(CASES.length, 'what-are-ips-cells in both languages in dist/').toBe(2);
  });

  for (const c of CASES) {
    it(`/${c.path}: the first tap on "${c.grow}" at 375 px reaches the dose`, async () => {
      const v = await visit(browser, `${baseUrl}${c.path}`, PHONE);
      try {
        const button = v.page.locator('.doubling button', { hasText: c.grow });
        await button.scrollIntoViewIfNeeded();
        expect(await button.isDisabled(), 'the button is live before the code arrives').toBe(false);
        await button.tap();
        await v.page.waitForFunction(
          (re) => new RegExp(re).test(document.querySelector('.doubling .count')?.textContent ?? ''),
          c.done.source,
          { timeout: 30_000 },
        );
        expect(v.consoleErrors).toEqual([]);
      } finally {
        await v.close();
      }
    });
  }
});
