/**
 * A Japanese reader meets no English interface text (issue #18): every /ja/ page, the open search
 * dialog, citation and glossary cards and chart tooltips are scanned (text and accessible names)
 * for the English interface strings of src/i18n/en.ts and the charts' English strings. Text marked
 * as another language (lang="en": English references, names) and code are left out; a short
 * allow-list covers names and units. Also: the search dialog on /ja/ is driven through its own
 * script with Japanese queries, the Japanese feed parses, and Japanese social cards exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { en } from '../../src/i18n/en.ts';
import { ja } from '../../src/i18n/ja.ts';
import { launch } from './support/chromium';
import { builtPages } from './support/pages';
import { visit } from './support/visit';

const baseUrl = inject('baseUrl');
const jaPages = builtPages().filter((p) => p.startsWith('ja/'));

/** Words that are the same in both editions: names, units, formats. */
const ALLOW = new Set(['Reprogrammed', 'English', 'BibTeX', 'CSV', 'JSON', 'MIT', 'doi', 'iPS', 'HLA', 'PMDA']);

/** English fragments to look for: each en.ts value (split at {placeholders}) that differs in ja. */
function englishFragments(): string[] {
  const out = new Set<string>();
  for (const [key, value] of Object.entries(en)) {
    if (ja[key as keyof typeof ja] === value) continue;
    for (const part of value.split(/\{\w+\}/)) {
      const f = part.trim().replace(/^[:.,;–—“”"'(\s]+|[:.,;–—“”"')\s]+$/g, '');
      if (f.length >= 4 && /[A-Za-z]{3}/.test(f) && !ALLOW.has(f)) out.add(f);
    }
  }
  // Words the search dialog, citation cards and reference lists used to print in English.
  for (const w of ['Source', 'Close', 'Filter by area', 'Results', 'pages found', 'No results', 'Fields', 'Format'])
    out.add(w);
  return [...out];
}

/** The charts' English strings (each chart's strings.ts exports { en, ja }), where they differ from ja. */
async function chartFragments(): Promise<string[]> {
  const out = new Set<string>();
  const leaves = (e: unknown, j: unknown): void => {
    if (typeof e === 'string') {
      const f = e.trim().replace(/[:.]+$/, '');
      // Single lower-case words (trials, patients) double as field names: only phrases and labels count.
      if (e !== j && f.length >= 4 && /[A-Za-z]{3}/.test(f) && !/^[a-z]+$/.test(f) && !ALLOW.has(f)) out.add(f);
    } else if (e && typeof e === 'object')
      for (const [k, v] of Object.entries(e)) leaves(v, (j as Record<string, unknown> | undefined)?.[k]);
  };
  const modules = import.meta.glob('../../src/charts/*/strings.ts');
  for (const load of Object.values(modules)) {
    for (const v of Object.values((await load()) as Record<string, unknown>))
      if (v && typeof v === 'object' && 'en' in v && 'ja' in v)
        leaves((v as { en: unknown }).en, (v as { ja: unknown }).ja);
  }
  return [...out];
}
const FRAGMENTS = [...englishFragments(), ...(await chartFragments())];

/**
 * Text and accessible names a Japanese reader meets in `root` (default: the whole page), leaving
 * out code, scripts, and anything marked as written in another language.
 */
async function readerText(page: Page, selector = 'body'): Promise<string[]> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    if (!root) return [];
    const foreign = (el: Element | null) => {
      const l = el?.closest('[lang]')?.getAttribute('lang') ?? 'ja';
      return !l.startsWith('ja');
    };
    const skip = (el: Element | null) => !el || el.closest('script, style, template, code, pre, noscript') !== null;
    const out: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim();
      if (text && !skip(el) && !foreign(el)) out.push(text);
    }
    for (const el of root.querySelectorAll('[aria-label], [title], [alt], [placeholder], [aria-description]')) {
      if (skip(el) || foreign(el)) continue;
      for (const a of ['aria-label', 'title', 'alt', 'placeholder', 'aria-description']) {
        const v = el.getAttribute(a)?.trim();
        if (v) out.push(`${a}=${v}`);
      }
    }
    return out;
  }, selector);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PATTERNS = FRAGMENTS.map((f) => ({ f, re: new RegExp(`(?<![A-Za-z])${escape(f)}(?![A-Za-z])`) }));

/** Addresses and file names (https://…, /data/trials.csv) are not interface words. */
const stripAddresses = (t: string) =>
  t.replace(/https?:\/\/[\x21-\x7e]+|\/?[\w.-]*\/[\w./-]*|[\w.-]+\.(?:csv|json|xml|png)\b/g, ' ');

function englishIn(texts: string[]): string[] {
  const found: string[] = [];
  for (const raw of texts) {
    const text = stripAddresses(raw);
    for (const { f, re } of PATTERNS) if (re.test(text)) found.push(`"${f}" in: ${text.slice(0, 120)}`);
  }
  return found;
}

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

  it.concurrent.each(jaPages.filter((p) => !p.endsWith('.xml')))('/%s', async (path) => {
    const v = await visit(browser, `${baseUrl}${path}`);
    try {
      expect(englishIn(await readerText(v.page))).toEqual([]);
    } finally {
      await v.close();
    }
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
        await v.page.waitForTimeout(150);
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
        await v.page.waitForTimeout(150);
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
