/**
 * Issue #19, first paint and no script before interaction:
 * - a chapter page read to the end without touching anything fetches no script file and no
 *   stylesheet before its text (the first screen's CSS is inline, allowed by the page's CSP hashes);
 * - the contents list marks the section being read with CSS alone (no script, even with JavaScript off);
 * - a chart's code (the island runtime moved out of the HTML) arrives on the first focus inside the
 *   chart, and the chart then acts on that focus, even when the code is slow to come.
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

const PHONE = { hasTouch: true, isMobile: true, viewport: { width: 412, height: 823 } };
const CHAPTER = 'chapters/parkinsons-disease/';

describe('a chapter before the reader interacts', () => {
  for (const path of [CHAPTER, `ja/${CHAPTER}`, '', 'glossary/']) {
    it(`/${path}: no script file when loaded and scrolled to the end; no CSP violation; no stylesheet in the head`, async () => {
      const v = await visit(browser, `${baseUrl}${path}`, PHONE);
      try {
        const scripts: string[] = [];
        v.page.on('request', (r) => {
          if (r.resourceType() === 'script') scripts.push(r.url());
        });
        await v.page.evaluate(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += 400) {
            window.scrollTo(0, y);
            await new Promise((ok) => requestAnimationFrame(() => ok(null)));
          }
        });
        await v.page.waitForTimeout(500);
        expect(scripts, 'script files fetched with no interaction').toEqual([]);
        expect(v.consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
        const head = await v.page.evaluate(() => ({
          links: document.head.querySelectorAll('link[rel="stylesheet"]:not([media="print"])').length,
          styles: document.head.querySelectorAll('style').length,
        }));
        expect(head, 'the first screen’s CSS is inline in the head, with no stylesheet to wait for').toEqual({
          links: 0,
          styles: 1,
        });
        // The inline CSS applies (the CSP allows it): the header is laid out as a sticky bar.
        expect(await v.page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).position)).toBe(
          'sticky',
        );
      } finally {
        await v.close();
      }
    });
  }

  it('the contents list marks the section of a deep link with CSS alone (JavaScript off)', async () => {
    const v = await visit(browser, `${baseUrl}${CHAPTER}#what-happened`, {
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
    });
    try {
      await expect
        .poll(() =>
          v.page.evaluate(
            () => document.querySelector<HTMLElement>('[data-toc-link]:target-current')?.dataset.tocLink ?? null,
          ),
        )
        .toBe('what-happened');
      const marked = await v.page.evaluate(() => {
        const a = document.querySelector('[data-toc-link]:target-current')!;
        const other = document.querySelector('[data-toc-link]:not(:target-current)')!;
        return [getComputedStyle(a).fontWeight, getComputedStyle(other).fontWeight];
      });
      expect(Number(marked[0]), 'the current section is set in bold').toBeGreaterThan(Number(marked[1]));
    } finally {
      await v.close();
    }
  });
});

describe('a chart’s code arrives on the first interaction inside it', () => {
  it('focus on a mark while the island runtime is delayed 1 s: the chart wakes and shows that mark’s label', async () => {
    const v = await visit(browser, 'about:blank', { viewport: { width: 1280, height: 900 } });
    try {
      let requested = 0;
      await v.page.route(/\/_astro\/islands\.[\w-]+\.js$/, async (route) => {
        requested++;
        await new Promise((ok) => setTimeout(ok, 1000));
        await route.continue();
      });
      await v.page.goto(`${baseUrl}${CHAPTER}`, { waitUntil: 'load' });
      expect(
        await v.page.evaluate(() => document.documentElement.dataset.islandsModule ?? null),
        'the page names the island runtime',
      ).toMatch(/islands\.[\w-]+\.js$/);
      expect(await v.page.locator('script:not([src]):not([type])').count(), 'only the head script is inline').toBe(1);
      await v.page.waitForTimeout(300);
      expect(requested, 'nothing fetched before the reader acts').toBe(0);
      const mark = v.page.locator('astro-island [role="button"][tabindex="0"]').first();
      const label = await mark.getAttribute('aria-label');
      await mark.focus();
      await expect.poll(() => requested).toBe(1);
      const tooltip = mark.locator('xpath=ancestor::astro-island').locator('.tooltip');
      await expect.poll(() => tooltip.count(), { timeout: 10_000 }).toBe(1);
      expect(await tooltip.textContent()).toBe(label);
      expect(v.consoleErrors).toEqual([]);
    } finally {
      await v.close();
    }
  });
});
