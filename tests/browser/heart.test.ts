/**
 * The heart chapter and the "Can I get it?" page as readers meet them: search finds the heart
 * chapter first for the words people type (in their language), the access page exists in both
 * languages and links to every therapy chapter, chapters link back to it, and the heart diagram is
 * whole without JavaScript and in print.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './support/chromium';
import { visit, type Visit } from './support/visit';

const baseUrl = inject('baseUrl');
const base = new URL(baseUrl).pathname;
let browser: Browser;

/** Therapy chapters (the areas a patient could be treated in), read from the chapters' frontmatter. */
const THERAPY_AREAS = ['retina', 'cornea', 'parkinsons', 'spinal-cord', 'heart'];
const therapyChapters = readdirSync('content/chapters')
  .filter((f) => f.endsWith('.mdx'))
  .filter((f) => {
    const fm = readFileSync(`content/chapters/${f}`, 'utf8').split('---')[1] ?? '';
    return !/^draft:\s*true/m.test(fm) && THERAPY_AREAS.includes(/^area:\s*(\S+)/m.exec(fm)?.[1] ?? '');
  })
  .map((f) => f.replace(/\.mdx$/, ''));

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Runs a query through Pagefind's own API in the page, as the search dialog does. */
async function search(page: Page, query: string): Promise<string[]> {
  // A string, not a function: the test runner rewrites import() in functions it compiles.
  const script = `(async () => {
    const base = ${JSON.stringify(base)};
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

/** Every link on the page, resolved to a path. */
const linkPaths = (page: Page) =>
  page.locator('main a[href]').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('search finds the heart chapter', () => {
  let en: Visit;
  let ja: Visit;
  beforeAll(async () => {
    en = await visit(browser, `${baseUrl}search/`);
    ja = await visit(browser, `${baseUrl}ja/search/`);
  });
  afterAll(async () => {
    await en?.close();
    await ja?.close();
  });

  it.each(['heart', 'ReHeart', 'heart failure', 'Cuorips'])('"%s" finds the heart chapter first', async (query) => {
    const results = await search(en.page, query);
    expect(results[0]).toBe(`${base}chapters/heart-failure/`);
  });

  it.each(['心筋シート', '心不全', 'リハート'])(
    '「%s」 finds the Japanese heart chapter first, and only Japanese pages',
    async (query) => {
      const results = await search(ja.page, query);
      expect(results[0]).toBe(`${base}ja/chapters/heart-failure/`);
      for (const r of results) expect(r.startsWith(`${base}ja/`)).toBe(true);
    },
  );
});

describe('"Can I get it?"', () => {
  it('knows the therapy chapters it must link to', () => {
    expect(therapyChapters).toEqual(expect.arrayContaining(['heart-failure', 'parkinsons-disease', 'cornea']));
    expect(therapyChapters.length).toBeGreaterThanOrEqual(5);
  });

  it.each([
    ['en', '', 'Can I get it?'],
    ['ja', 'ja/', '治療を受けられるの？'],
  ])(
    'exists in %s, links to every therapy chapter in the same language, and lists its sources',
    async (_lang, prefix, title) => {
      const v = await visit(browser, `${baseUrl}${prefix}access/`);
      try {
        expect(v.failedRequests).toEqual([]);
        expect((await v.page.locator('h1').textContent())?.trim()).toBe(title);
        const links = await linkPaths(v.page);
        for (const slug of therapyChapters) expect(links, slug).toContain(`${base}${prefix}chapters/${slug}/`);
        // Trial registries are linked, and every citation has its entry in the reference list.
        expect(await v.page.locator('main a[href="https://jrct.mhlw.go.jp/"]').count()).toBeGreaterThan(0);
        expect(await v.page.locator('main a[href="https://clinicaltrials.gov/"]').count()).toBeGreaterThan(0);
        const cited = await v.page
          .locator('a.cite-link')
          .evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute('href')))]);
        expect(cited.length).toBeGreaterThan(5);
        for (const href of cited) expect(await v.page.locator(`li${href}`).count(), href!).toBe(1);
        // The price is stated as unpublished, with the date, not guessed.
        const text = (await v.page.locator('main').textContent()) ?? '';
        expect(text).toMatch(prefix ? /2026年12月1日時点/ : /As of 1 December 2026/);
        expect(text).not.toMatch(/¥|円\s*\d|\d[\d,]*\s*(yen|円)/i);
      } finally {
        await v.close();
      }
    },
  );

  it.each([
    ['', 'chapters/heart-failure/'],
    ['ja/', 'ja/chapters/heart-failure/'],
  ])('is linked from the heart chapter (%s), which also links the studies list', async (prefix, chapter) => {
    const v = await visit(browser, `${baseUrl}${chapter}`);
    try {
      const links = await linkPaths(v.page);
      expect(links).toContain(`${base}${prefix}access/`);
      expect(links).toContain(`${base}${prefix}studies/`);
    } finally {
      await v.close();
    }
  });
});

describe('the heart diagram', () => {
  it.each([
    ['chapters/heart-failure/', 'Left ventricle'],
    ['ja/chapters/heart-failure/', '左心室'],
  ])('on %s is whole without JavaScript', async (path, label) => {
    const v = await visit(browser, `${baseUrl}${path}`, { javaScriptEnabled: false });
    try {
      const svg = v.page.locator('figure.diagram svg[aria-labelledby="heart-patch-title heart-patch-desc"]');
      expect(await svg.count()).toBe(1);
      const box = await svg.boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      expect(box!.height).toBeGreaterThan(200);
      expect(await svg.locator('text', { hasText: label }).count()).toBe(1);
      expect(await v.page.locator('#heart-patch-title').textContent()).toBeTruthy();
      expect(await svg.locator('.sheet').count()).toBe(4);
    } finally {
      await v.close();
    }
  });

  it('prints: the figure stays visible, in one piece, without the site header', async () => {
    const v = await visit(browser, `${baseUrl}chapters/heart-failure/`);
    try {
      await v.page.emulateMedia({ media: 'print' });
      const figure = v.page.locator('figure.diagram:has(#heart-patch-title)');
      expect(await figure.isVisible()).toBe(true);
      expect(await figure.evaluate((f) => getComputedStyle(f).breakInside)).toBe('avoid');
      expect(await v.page.locator('.site-header').isVisible()).toBe(false);
      // The hatched sheets still have a fill in print (a pattern, not a colour that print drops).
      expect(
        await figure
          .locator('.sheet')
          .first()
          .evaluate((el) => getComputedStyle(el).fill),
      ).toMatch(/url\(/);
    } finally {
      await v.close();
    }
  });
});
