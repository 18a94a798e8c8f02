/**
 * A Japanese reader meets no English interface text (issue #18): every /ja/ page (scanned on the
 * one visit of each page in pages.test.ts, with the strings of support/english.ts), the open search
 * dialog, citation and glossary cards and chart tooltips are scanned (text and accessible names)
 * for the English interface strings of src/i18n/en.ts and the charts' English strings. Text marked
 * as another language (lang="en": English references, names) and code are left out; a short
 * allow-list covers names and units. Also: the search dialog on /ja/ is driven through its own
 * script with Japanese queries, the Japanese feed parses, and Japanese social cards exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './support/chromium';
import { builtPages } from './support/pages';
import { visit } from './support/visit';
import { englishIn, FRAGMENTS, readerText } from './support/english';

const baseUrl = inject('baseUrl');
const jaPages = builtPages().filter((p) => p.startsWith('ja/'));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('no English interface text on Japanese pages', () => {
  it('finds English fragments to look for (the scan can fail)', () => {
    expect(FRAGMENTS).toContain('Cite this chapter');
    expect(FRAGMENTS.length).toBeGreaterThan(100); // the charts' strings are in too
    expect(englishIn(['この章を引用する', 'Cite this chapter'])).toHaveLength(1);
  });

  it('the open search dialog, its results and its count are Japanese', async () => {
    const v = await visit(browser, `${baseUrl}ja/glossary/`);
    try {
      await v.page.locator('a[data-search-open]').click();
      await v.page.locator('dialog[open]').waitFor();
      await v.page.keyboard.type('網膜');
      await expect
        .poll(() => v.page.locator('#search-count').textContent(), { timeout: 20_000 })
        .toMatch(/「網膜」に一致するページが\d+件/);
      const texts = await readerText(v.page, 'dialog[open]');
      expect(texts.join(' ')).toContain('閉じる');
      expect(englishIn(texts)).toEqual([]);
      expect(await v.page.locator('.search-results').getAttribute('aria-label')).toBe('検索結果');
    } finally {
      await v.close();
    }
  });

  it('citation cards, glossary cards and a chart tooltip are Japanese', async () => {
    const v = await visit(browser, `${baseUrl}ja/chapters/cornea/`);
    try {
      // Open the first citation card and the first glossary card.
      for (const sel of ['.cite-link', '.term-link']) {
        await v.page.locator(sel).first().focus();
        await v.page.locator('.popover-card.is-open').waitFor();
      }
      const cards = await readerText(v.page, 'main');
      expect(englishIn(cards)).toEqual([]);
      // Source cards name the kind of source in Japanese.
      const kinds = await v.page.locator('.card-kind').allTextContents();
      expect(kinds.length).toBeGreaterThan(0);
      for (const k of kinds)
        expect(k).toMatch(/^(査読論文|臨床試験の登録情報|企業・大学の発表|報道|公的機関の報告|ウェブページ)$/);
      // A chart mark's tooltip.
      const mark = v.page.locator('figure [tabindex="0"]').first();
      if (await mark.count()) {
        await mark.focus();
        // Focus wakes the chart (its code loads on first interaction); wait for the tooltip itself.
        await mark.locator('xpath=ancestor::figure[1]').locator('.tooltip').waitFor({ timeout: 10_000 });
        expect(englishIn(await readerText(v.page, 'main'))).toEqual([]);
      }
    } finally {
      await v.close();
    }
  });

  it('reference lists give dates and access dates in Japanese, and the kind of each source', async () => {
    const v = await visit(browser, `${baseUrl}ja/chapters/cornea/`);
    try {
      const items = await v.page.locator('.references li').allTextContents();
      expect(items.length).toBeGreaterThan(3);
      const all = items.join('\n');
      const month = '(January|February|March|April|May|June|July|August|September|October|November|December)';
      expect(all).not.toMatch(new RegExp(`accessed|\\d{4}-\\d{2}-\\d{2}|${month} \\d{4}|\\d{1,2} ${month}`));
      expect(all).toMatch(/\d{4}年\d{1,2}月\d{1,2}日閲覧/);
      expect(all).toContain('査読論文');
    } finally {
      await v.close();
    }
  });

  it('"Cite this chapter" is Japanese on Japanese chapters', async () => {
    const v = await visit(browser, `${baseUrl}ja/chapters/cornea/`);
    try {
      const text = await v.page.locator('.cite-this p').first().textContent();
      expect(text).toMatch(/^Reprogrammed執筆者一同「.+」『Reprogrammed』\d{4}年\d{1,2}月\d{1,2}日更新。/);
    } finally {
      await v.close();
    }
  });

  it('the language link names its target language, in that language, and is visible on phones', async () => {
    for (const [path, name, lang] of [
      ['ja/glossary/', 'Read this page in English', 'en'],
      ['glossary/', 'このページを日本語で読む', 'ja'],
    ] as const) {
      const v = await visit(browser, `${baseUrl}${path}`, { viewport: { width: 375, height: 800 } });
      try {
        const link = v.page.locator('.lang-switch');
        expect(await link.getAttribute('aria-label')).toBe(name);
        expect(await link.getAttribute('lang')).toBe(lang);
        expect(await link.isVisible()).toBe(true);
      } finally {
        await v.close();
      }
    }
  });
});

describe('the search dialog on /ja/, through its own script', () => {
  it.each([
    ['網膜', 'chapters/retina-macular-degeneration/'],
    ['パーキンソン', 'chapters/parkinsons-disease/'],
    ['心不全', 'chapters/heart-failure/'],
  ])('「%s」 lists %s', async (query, expected) => {
    if (!existsSync(join('dist', 'ja', expected))) return; // the chapter is not built yet
    const v = await visit(browser, `${baseUrl}ja/`);
    try {
      await v.page.locator('a[data-search-open]').click();
      await v.page.locator('dialog[open]').waitFor();
      await v.page.keyboard.type(query);
      await expect
        .poll(() => v.page.locator('#search-count').textContent(), { timeout: 20_000 })
        .toMatch(/件見つかりました/);
      const hrefs = await v.page
        .locator('.search-result-title')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs.slice(0, 3).some((h) => h?.endsWith(`/ja/${expected}`))).toBe(true);
    } finally {
      await v.close();
    }
  });
});

describe('Japanese feed and social cards', () => {
  it('/ja/feed.xml is a valid Atom feed in Japanese', async () => {
    const xml = readFileSync(join('dist', 'ja', 'feed.xml'), 'utf8');
    const v = await visit(browser, `${baseUrl}ja/`);
    try {
      const parsed = await v.page.evaluate((src) => {
        const doc = new DOMParser().parseFromString(src, 'application/xml');
        if (doc.querySelector('parsererror')) return null;
        const root = doc.documentElement;
        return {
          lang: root.getAttribute('xml:lang'),
          title: root.querySelector(':scope > title')?.textContent,
          entries: [...root.querySelectorAll('entry')].map((e) => ({
            title: e.querySelector('title')?.textContent ?? '',
            link: e.querySelector('link')?.getAttribute('href') ?? '',
          })),
        };
      }, xml);
      expect(parsed).not.toBeNull();
      expect(parsed!.lang).toBe('ja');
      expect(parsed!.title).toMatch(/[\u3040-\u30ff]/);
      expect(parsed!.entries.length).toBeGreaterThanOrEqual(7);
      for (const e of parsed!.entries) expect(e.link).toMatch(/\/ja\/chapters\/[a-z0-9-]+\/$/);
      expect(parsed!.entries.filter((e) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(e.title)).length).toBeGreaterThanOrEqual(
        7,
      );
    } finally {
      await v.close();
    }
  });

  it('every chapter has a Japanese social card, a 1200 x 630 PNG', () => {
    const chapters = jaPages.filter((p) => /^ja\/chapters\/[^/]+\/$/.test(p)).map((p) => p.split('/')[2]!);
    expect(chapters.length).toBeGreaterThanOrEqual(7);
    for (const slug of [...chapters, 'site']) {
      const file = join('dist', 'ja', 'og', `${slug}.png`);
      expect(existsSync(file), file).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });
});
