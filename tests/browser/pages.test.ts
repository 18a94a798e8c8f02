/**
 * Every built page, as a reader's browser sees it: loads cleanly, stays on this site, has one h1
 * and a language, passes axe (WCAG 2.2 AA) in light and dark, and never scrolls sideways at 375 px.
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

describe.each(pages)('page /%s', (path) => {
  it('loads with no console errors, failed or off-site requests, one h1 and a lang', async () => {
    const v = await visit(browser, baseUrl + path);
    try {
      await v.page.waitForLoadState('networkidle');
      expect(v.consoleErrors, 'console errors').toEqual([]);
      expect(v.failedRequests, 'failed requests').toEqual([]);
      expect(v.offsiteRequests, 'requests to other hosts').toEqual([]);
      expect(await v.page.locator('h1').count()).toBe(1);
      expect(await v.page.getAttribute('html', 'lang')).toMatch(/^[a-z]{2}/);
    } finally {
      await v.close();
    }
  });

  it.each(['light', 'dark'] as const)('has no axe violations in the %s theme', async (colorScheme) => {
    const v = await visit(browser, baseUrl + path, { colorScheme });
    try {
      const results = await new AxeBuilder({ page: v.page }).withTags(AXE_TAGS).analyze();
      const summary = results.violations.map((x) => `${x.id}: ${x.help} (${x.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
      expect(summary).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('does not scroll sideways at 375 px', async () => {
    const v = await visit(browser, baseUrl + path, { viewport: { width: 375, height: 800 } });
    try {
      const overflow = await v.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
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
