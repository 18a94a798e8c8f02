/**
 * Every built page, as a reader's browser sees it: loads cleanly, stays on this site, has one h1
 * and a language, passes axe (WCAG 2.2 AA) in light and dark, and never scrolls sideways at 375 px.
 * Pages run two at a time (the machine has two cores).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { launch } from './support/chromium';
import { builtPages } from './support/pages';
import { visit } from './support/visit';

const baseUrl = inject('baseUrl');
const pages = builtPages().filter((p) => p !== '404.html');
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// One visit per page, checked in every mode in turn: loading a page once keeps the suite fast as
// the site grows (both languages, every chart's embed page).
describe.concurrent.each(pages)('page /%s', (path) => {
  it('loads cleanly, has one h1 and a lang, passes axe in light and dark, and fits 375 px', async ({ expect }) => {
    const v = await visit(browser, baseUrl + path, { colorScheme: 'light' });
    try {
      await v.page.waitForLoadState('networkidle');
      expect.soft(v.consoleErrors, 'console errors').toEqual([]);
      expect.soft(v.failedRequests, 'failed requests').toEqual([]);
      expect.soft(v.offsiteRequests, 'requests to other hosts').toEqual([]);
      expect.soft(await v.page.locator('h1').count(), 'h1 count').toBe(1);
      expect.soft(await v.page.getAttribute('html', 'lang')).toMatch(/^[a-z]{2}/);
      for (const colorScheme of ['light', 'dark'] as const) {
        await v.page.emulateMedia({ colorScheme });
        const results = await new AxeBuilder({ page: v.page }).withTags(AXE_TAGS).analyze();
        const summary = results.violations.map(
          (x) =>
            `${x.id}: ${x.help} (${x.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join('; ')})`,
        );
        expect.soft(summary, `axe, ${colorScheme} theme`).toEqual([]);
      }
      await v.page.setViewportSize({ width: 375, height: 800 });
      const overflow = await v.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect.soft(overflow, 'sideways scroll at 375 px').toBeLessThanOrEqual(0);
    } finally {
      await v.close();
    }
  });
});

describe('404 page', () => {
  it('is served for an unknown address, with a way home', async () => {
    const v = await visit(browser, `${baseUrl}no-such-page/`);
    try {
      expect(await v.page.locator('h1').textContent()).toMatch(/couldn't find/i);
      expect(await v.page.locator('main a[href]').count()).toBeGreaterThan(0);
    } finally {
      await v.close();
    }
  });
});
