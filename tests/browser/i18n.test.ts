/**
 * The Japanese edition: every English page has a Japanese counterpart (or says plainly that it
 * shows the English original), languages are declared, alternates point both ways, and the
 * language switcher keeps the reader on the same chapter and section.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './support/chromium';
import { builtPages } from './support/pages';
import { visit } from './support/visit';
import { currentSection } from './support/contents';

const baseUrl = inject('baseUrl');
const pages = builtPages();
const english = pages.filter((p) => !p.startsWith('ja/') && p !== '404.html');
const read = (p: string) => readFileSync(join('dist', p.endsWith('.html') ? p : `${p}index.html`), 'utf8');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('Japanese counterparts', () => {
  it.each(english)('/%s has a Japanese page, in Japanese or with a clear notice', (path) => {
    expect(pages).toContain(`ja/${path}`);
    const ja = read(`ja/${path}`);
    expect(ja).toMatch(/<html[^>]*\slang="ja"/);
    const translatedTitle = /<title>[^<]*[\u3040-\u30ff\u4e00-\u9fff]/.test(ja);
    const notice = ja.includes('まだ日本語に翻訳されていません');
    expect(translatedTitle || notice, 'Japanese title or an untranslated notice').toBe(true);
  });

  it('points English and Japanese pages at each other with hreflang alternates', () => {
    for (const path of english.filter((p) => !p.startsWith('embed/'))) {
      const en = read(path);
      expect(en).toMatch(/<html[^>]*\slang="en"/);
      expect(en, `/${path}`).toMatch(
        new RegExp(`hreflang="ja" href="[^"]*/ja/${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`),
      );
      expect(read(`ja/${path}`), `/ja/${path}`).toMatch(/hreflang="en" href="[^"]*"/);
    }
  });

  it('formats dates per language', () => {
    expect(read('chapters/cornea/')).toContain('20 November 2026');
    expect(read('ja/chapters/cornea/')).toContain('2026年11月20日');
  });
});

describe('language switcher', () => {
  it('keeps the reader on the same chapter and section', async () => {
    const v = await visit(browser, `${baseUrl}chapters/parkinsons-disease/`);
    try {
      const ids = await v.page.$$eval('[data-toc-link]', (as) => as.map((a) => (a as HTMLElement).dataset.tocLink!));
      await v.page.evaluate((id) => document.getElementById(id)!.scrollIntoView(), ids[2]!);
      // The contents mark the section (support/contents.ts): the switch carries the reader to it.
      await expect.poll(async () => (await currentSection(v.page)).id).toBe(ids[2]);
      await v.page.locator('.lang-switch').click();
      await v.page.waitForURL(/\/ja\/chapters\/parkinsons-disease\/#/);
      const hash = decodeURIComponent(new URL(v.page.url()).hash.slice(1));
      const jaIds = await v.page.$$eval('[data-toc-link]', (as) => as.map((a) => (a as HTMLElement).dataset.tocLink!));
      expect(hash).toBe(jaIds[2]);
      expect(await v.page.getAttribute('html', 'lang')).toBe('ja');
    } finally {
      await v.close();
    }
  });

  it('is a plain link that works without JavaScript', async () => {
    const v = await visit(browser, `${baseUrl}ja/glossary/`, { javaScriptEnabled: false });
    try {
      await v.page.locator('.lang-switch').click();
      await v.page.waitForURL(/\/glossary\/$/);
      expect(await v.page.getAttribute('html', 'lang')).toBe('en');
    } finally {
      await v.close();
    }
  });
});

describe('Japanese glossary', () => {
  it('gives readings (furigana) for terms written in kanji', async () => {
    const html = read('ja/glossary/');
    expect((html.match(/<ruby[\s>]/g) ?? []).length).toBeGreaterThan(10);
    expect(html).toMatch(/<rt[^>]*>[\u3040-\u309f\u30a0-\u30ff]+<\/rt>/);
  });
});
