/**
 * The first tap on a citation or glossary term opens its card even when the reader tools
 * (/scripts/reader.js) are slow to arrive: the inline head script holds the tap and replays it once
 * the tools have started, including when they arrive between the finger going down and the click
 * (the tools' own handlers never saw that finger go down and would follow the link).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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

const PHONE = { hasTouch: true, isMobile: true, viewport: { width: 375, height: 700 } };
const READER = /\/scripts\/reader\.js$/;
const pages = builtPages();
const CHAPTERS = ['chapters/retina-macular-degeneration/', 'ja/chapters/retina-macular-degeneration/'].filter((p) =>
  pages.includes(p),
);

/** Brings the first citation or term of the chapter's text into the window and returns a point on it. */
async function firstTrigger(page: Page) {
  return page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('.chapter-body [data-popover-trigger]')!;
    el.scrollIntoView({ block: 'center' });
    const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
    return { x: r.left + Math.min(r.width / 2, 6), y: r.top + r.height / 2, id: el.getAttribute('aria-describedby') };
  });
}

async function openCard(page: Page, timeout: number) {
  await page
    .waitForFunction(() => document.querySelectorAll('.popover-card.is-open').length === 1, undefined, { timeout })
    .catch(() => undefined);
  return page.evaluate(() => [...document.querySelectorAll('.popover-card.is-open')].map((c) => c.id));
}

describe('a first tap while the reader tools are still loading', () => {
  it('the chapters under test are built', () => {
    expect(CHAPTERS.length, 'retina chapters in dist/').toBe(2);
  });

  for (const path of CHAPTERS) {
    it(`/${path}: a tap with reader.js delayed 1.5 s opens the card once the tools arrive`, async () => {
      const v = await visit(browser, 'about:blank', PHONE);
      try {
        let requested = 0;
        await v.page.route(READER, async (route) => {
          requested++;
          await new Promise((ok) => setTimeout(ok, 1500));
          await route.continue();
        });
        await v.page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
        const point = await firstTrigger(v.page);
        await v.page.touchscreen.tap(point.x, point.y);
        // Not open yet (the tools are on their way), and the link was not followed.
        expect(await v.page.evaluate(() => document.querySelectorAll('.popover-card.is-open').length)).toBe(0);
        expect(await openCard(v.page, 6000), 'the card of the tapped trigger opens').toEqual([point.id]);
        expect(v.page.url(), 'a first tap must open the card, not follow the link').toBe(`${baseUrl}${path}`);
        expect(requested, 'reader.js requested once').toBe(1);
        expect(v.consoleErrors).toEqual([]);
      } finally {
        await v.close();
      }
    });
  }

  it('a tap whose finger went down before the tools arrived and lifted after they started opens the card', async () => {
    const path = CHAPTERS[0]!;
    const v = await visit(browser, 'about:blank', PHONE);
    try {
      let release!: () => void;
      const gate = new Promise<void>((ok) => (release = ok));
      await v.page.route(READER, async (route) => {
        await gate;
        await route.continue();
      });
      await v.page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      const point = await firstTrigger(v.page);
      const cdp = await v.page.context().newCDPSession(v.page);
      const touch = [{ x: point.x, y: point.y, radiusX: 1, radiusY: 1, force: 1, id: 0 }];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: touch });
      // The finger is down: now let the tools arrive and start before it lifts.
      release();
      await v.page.waitForFunction(
        () => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/scripts/reader.js')),
        undefined,
        { timeout: 3000, polling: 10 },
      );
      await v.page.evaluate(() => new Promise((ok) => setTimeout(ok, 50)));
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      expect(await openCard(v.page, 3000), 'the card of the tapped trigger opens').toEqual([point.id]);
      expect(v.page.url(), 'the first tap must open the card, not follow the link').toBe(`${baseUrl}${path}`);
      expect(v.consoleErrors).toEqual([]);
    } finally {
      await v.close();
    }
  });
});
