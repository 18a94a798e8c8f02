/**
 * Search as readers use it: the built Pagefind index returns the right chapter first for the
 * words people type, in English and in Japanese, and the dialog works by keyboard.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './support/chromium';
import { visit, type Visit } from './support/visit';

const baseUrl = inject('baseUrl');
let browser: Browser;
let en: Visit;
let ja: Visit;

beforeAll(async () => {
  browser = await launch();
  en = await visit(browser, `${baseUrl}search/`);
  ja = await visit(browser, `${baseUrl}ja/search/`);
});
afterAll(async () => {
  await en?.close();
  await ja?.close();
  await browser?.close();
});

/** Runs a query through Pagefind's own API in the page, as the dialog does; returns result paths. */
async function search(page: Page, query: string): Promise<string[]> {
  // A string, not a function: the test runner rewrites import() in functions it compiles.
  const script = `(async () => {
    const base = ${JSON.stringify(new URL(baseUrl).pathname)};
    if (!window.__pf) {
      window.__pf = await import(base + 'pagefind/pagefind.js');
      await window.__pf.options({ baseUrl: base });
    }
    const res = await window.__pf.search(${JSON.stringify(query)});
    const data = await Promise.all(res.results.slice(0, 3).map((r) => r.data()));
    return data.map((d) => new URL(d.url, location.href).pathname);
  })()`;
  return page.evaluate(script) as Promise<string[]>;
}

const base = new URL(baseUrl).pathname;

describe('English search', () => {
  it.each([
    ['Parkinson', 'chapters/parkinsons-disease/'],
    ['cornea', 'chapters/cornea/'],
    ['macular degeneration', 'chapters/retina-macular-degeneration/'],
    ['spinal cord', 'chapters/spinal-cord-injury/'],
    ['Yamanaka', 'chapters/what-are-ips-cells/'],
    ['conditional approval', 'chapters/japans-fast-track/'],
    ['dopamine', 'chapters/parkinsons-disease/'],
    ['HLA', 'chapters/what-are-ips-cells/'],
  ])('"%s" finds %s first', async (query, expected) => {
    const results = await search(en.page, query);
    expect(results[0]).toBe(`${base}${expected}`);
  });
});

describe('Japanese search', () => {
  it.each([
    ['パーキンソン', 'ja/chapters/parkinsons-disease/'],
    ['角膜', 'ja/chapters/cornea/'],
    ['網膜', 'ja/chapters/retina-macular-degeneration/'],
    ['脊髄損傷', 'ja/chapters/spinal-cord-injury/'],
    ['山中', 'ja/chapters/what-are-ips-cells/'],
    ['条件付き承認', 'ja/chapters/japans-fast-track/'],
    ['iPS細胞', 'ja/chapters/what-are-ips-cells/'],
  ])('「%s」 finds %s first, and only Japanese pages', async (query, expected) => {
    const results = await search(ja.page, query);
    expect(results[0]).toBe(`${base}${expected}`);
    for (const r of results) expect(r.startsWith(`${base}ja/`)).toBe(true);
  });
});

describe('search dialog', () => {
  it('opens with Ctrl+K, shows results as you type, filters by area, reaches a result by keyboard and closes with Escape', async () => {
    const v = await visit(browser, `${baseUrl}glossary/`);
    try {
      const opener = v.page.locator('a[data-search-open]');
      await opener.focus();
      await v.page.keyboard.press('Control+k');
      const dialog = v.page.locator('dialog[open]');
      await dialog.waitFor();
      await expect.poll(() => v.page.evaluate(() => document.activeElement?.id)).toBe('search-input');
      await v.page.keyboard.type('dopamine');
      await expect.poll(() => v.page.locator('#search-count').textContent()).toMatch(/\d+ pages? found for “dopamine”/);
      expect(await v.page.locator('#search-count').getAttribute('aria-live')).toBe('polite');
      const firstTitle = v.page.locator('.search-result-title').first();
      expect(await firstTitle.getAttribute('href')).toContain('parkinsons-disease');
      expect(await v.page.locator('.search-result mark').count()).toBeGreaterThan(0);
      // Filter by area: only the chosen area's chapters remain.
      await v.page.locator('.search-filters label', { hasText: 'Cornea' }).click();
      await expect
        .poll(async () =>
          (
            await v.page.locator('.search-result-title').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
          ).every((h) => h?.includes('cornea')),
        )
        .toBe(true);
      await v.page.locator('.search-filters label', { hasText: 'Cornea' }).click();
      await expect
        .poll(async () =>
          (
            await v.page.locator('.search-result-title').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
          ).some((h) => !h?.includes('cornea')),
        )
        .toBe(true);
      // Keyboard to a result.
      await v.page.locator('#search-input').focus();
      await v.page.keyboard.press('ArrowDown');
      expect(await v.page.evaluate(() => document.activeElement?.classList.contains('search-result-title'))).toBe(true);
      // Focus stays in the dialog (modal), Escape closes and returns focus to the opener.
      await v.page.keyboard.press('Escape');
      await expect.poll(() => v.page.locator('dialog[open]').count()).toBe(0);
      expect(await v.page.evaluate(() => document.activeElement?.hasAttribute('data-search-open'))).toBe(true);
    } finally {
      await v.close();
    }
  });

  it('without JavaScript, the search link leads to a list of every chapter and the glossary', async () => {
    const v = await visit(browser, `${baseUrl}`, { javaScriptEnabled: false });
    try {
      await v.page.locator('a[data-search-open]').click();
      await v.page.waitForURL(/\/search\/$/);
      expect(await v.page.locator('main a[href*="chapters/"]').count()).toBeGreaterThanOrEqual(7);
      expect(await v.page.locator('main a[href$="glossary/"]').count()).toBeGreaterThan(0);
    } finally {
      await v.close();
    }
  });
});
