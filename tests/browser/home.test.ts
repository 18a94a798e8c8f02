/**
 * The home page leads somewhere: on a phone the chapters start within the first 1,600 px; it links
 * to "Can I get it?" and the list of studies; its one chart keeps notes behind a disclosure.
 * (One visit per language, on a phone: the links and the disclosure are the same HTML at every width.)
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './support/chromium';
import { visit } from './support/visit';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('home page', () => {
  it.each(['', 'ja/'])(
    '/%s at 375 px: the first chapter link starts within 1,600 px; it leads to "Can I get it?" and the list of studies, and its chart keeps notes behind a disclosure',
    async (path) => {
      const v = await visit(browser, `${baseUrl}${path}`, { viewport: { width: 375, height: 800 }, isMobile: true });
      try {
        await v.page.evaluate(() => document.fonts.ready);
        const top = await v.page.evaluate(() => {
          const a = document.querySelector('.chapter-list a');
          return a ? Math.round(a.getBoundingClientRect().top + window.scrollY) : null;
        });
        expect(top, 'a chapter list on the home page').not.toBeNull();
        expect(top!, `first chapter link is ${top} px down the page`).toBeLessThanOrEqual(1600);

        const hrefs = await v.page.$$eval('.standing a', (as) => as.map((a) => a.getAttribute('href')));
        expect(hrefs.some((h) => /access\/$/.test(h ?? ''))).toBe(true);
        expect(hrefs.some((h) => /studies\/$/.test(h ?? ''))).toBe(true);
        const charts = await v.page.locator('figure.chart').count();
        expect(charts, 'one hero chart').toBe(1);
        const openLists = await v.page.$$eval(
          'figure.chart .chart-notes, figure.chart .chart-sources',
          (els) => els.filter((el) => el.closest('details:not([open])') === null).length,
        );
        expect(openLists, 'notes and source lists outside a closed "Notes and sources" disclosure').toBe(0);
      } finally {
        await v.close();
      }
    },
  );
});
