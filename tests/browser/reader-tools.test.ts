/**
 * The reader's toolkit: heading permalinks, deep links that land below the header, contents,
 * embeds, feeds, sitemap, social cards and structured data.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './support/chromium';
import { builtPages } from './support/pages';
import { visit } from './support/visit';
import { currentSection } from './support/contents';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('permalinks and deep links', () => {
  it('every chapter heading has a keyboard-reachable permalink to itself', async () => {
    const v = await visit(browser, `${baseUrl}chapters/cornea/`);
    try {
      // Every markdown section heading (the key-facts box title is not a section).
      const anchors = await v.page.$$eval('.chapter-body h2:not(#key-facts-title)', (hs) =>
        hs.map((h) => ({
          id: h.id,
          href: h.querySelector('a.heading-anchor')?.getAttribute('href'),
          label: h.querySelector('a.heading-anchor')?.getAttribute('aria-label'),
        })),
      );
      expect(anchors.length).toBeGreaterThanOrEqual(7);
      for (const a of anchors) {
        expect(a.href).toBe(`#${a.id}`);
        expect(a.label).toMatch(/^Link to section: /);
      }
      // Tab from the heading's start reaches its anchor.
      const first = v.page.locator('.chapter-body h2 a.heading-anchor').first();
      await first.focus();
      await expect.poll(() => first.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    } finally {
      await v.close();
    }
  });

  it('a deep link lands on its section, not under the sticky header', async () => {
    const v = await visit(browser, `${baseUrl}chapters/parkinsons-disease/#what-happened`);
    try {
      const place = () =>
        v.page.evaluate(() => {
          const top = document.getElementById('what-happened')!.getBoundingClientRect().top;
          const header = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
          return top >= header && top < header + 80 ? 'below the header' : `${Math.round(top - header)} px from it`;
        });
      await expect.poll(place).toBe('below the header');
    } finally {
      await v.close();
    }
  });

  it('marks the section being read in the contents, before any interaction and once the tools load', async () => {
    const v = await visit(browser, `${baseUrl}chapters/parkinsons-disease/#what-happened`);
    try {
      // Where the page lets CSS mark it (support/contents.ts), the link is marked and drawn bold with
      // no script; the reading script, once a reader's first interaction loads it, adds aria-current.
      await expect.poll(async () => (await currentSection(v.page)).id).toBe('what-happened');
      if ((await currentSection(v.page)).by === 'css') {
        const link = v.page.locator('[data-toc-link="what-happened"]');
        expect(Number(await link.evaluate((el) => getComputedStyle(el).fontWeight)), 'drawn bold').toBeGreaterThan(600);
        // A first interaction that does not move the page: focus on a citation loads the tools.
        await v.page.evaluate(() => document.querySelector<HTMLElement>('.cite-link')?.focus({ preventScroll: true }));
      }
      await expect
        .poll(() => v.page.locator('[data-toc-link][aria-current="true"]').getAttribute('data-toc-link'))
        .toBe('what-happened');
      expect(await v.page.locator('.site-header [aria-current="page"]').count()).toBeGreaterThan(0);
    } finally {
      await v.close();
    }
  });
});

describe('citations and glossary cards', () => {
  it('show the full reference on hover and on keyboard focus, and close with Escape', async () => {
    const v = await visit(browser, `${baseUrl}chapters/cornea/`);
    try {
      const cite = v.page.locator('.cite-link').first();
      const card = v.page.locator('.popover-card.is-open');
      await cite.hover();
      await expect.poll(() => card.count()).toBe(1);
      expect(await card.textContent()).toMatch(/\(\d{4}\)/);
      await v.page.mouse.move(0, 0);
      await expect.poll(() => card.count()).toBe(0);
      await cite.focus();
      await expect.poll(() => card.count()).toBe(1);
      await v.page.keyboard.press('Escape');
      await expect.poll(() => card.count()).toBe(0);
      expect(await v.page.evaluate(() => document.activeElement?.classList.contains('cite-link'))).toBe(true);
      // Screen readers hear the reference as the link's description, without opening anything.
      const described = await cite.getAttribute('aria-describedby');
      expect(await v.page.locator(`#${described}`).textContent()).toMatch(/\(\d{4}\)/);
    } finally {
      await v.close();
    }
  });

  it('open on the first tap on a touch screen and follow the link on the second', async () => {
    const v = await visit(browser, `${baseUrl}chapters/cornea/`, {
      hasTouch: true,
      isMobile: true,
      viewport: { width: 375, height: 800 },
    });
    try {
      const term = v.page.locator('.term-link').first();
      await term.scrollIntoViewIfNeeded();
      await term.tap();
      await expect.poll(() => v.page.locator('.popover-card.is-open').count()).toBe(1);
      expect(v.page.url()).toMatch(/\/chapters\/cornea\/$/);
      await term.tap();
      await v.page.waitForURL(/\/glossary\/#/);
    } finally {
      await v.close();
    }
  });

  it('work as plain links without JavaScript', async () => {
    const v = await visit(browser, `${baseUrl}chapters/cornea/`, { javaScriptEnabled: false });
    try {
      const href = await v.page.locator('.cite-link').first().getAttribute('href');
      expect(href).toMatch(/^#ref-/);
      expect(await v.page.locator(href!).count()).toBe(1);
    } finally {
      await v.close();
    }
  });
});

describe('printing a chapter as a handout', () => {
  it('drops navigation and controls, keeps the text, charts and references, and prints the address', async () => {
    const v = await visit(browser, `${baseUrl}chapters/parkinsons-disease/`);
    try {
      await v.page.emulateMedia({ media: 'print' });
      const shown = (sel: string) =>
        v.page
          .locator(sel)
          .first()
          .evaluate((el) => getComputedStyle(el).display !== 'none');
      expect(await shown('.site-header')).toBe(false);
      expect(await shown('.toc')).toBe(false);
      expect(await shown('.prev-next')).toBe(false);
      expect(await shown('figure.chart svg')).toBe(true);
      expect(await shown('.references')).toBe(true);
      expect(await shown('.print-only')).toBe(true);
      expect(
        await v.page
          .locator('.references a[href^="http"]')
          .first()
          .evaluate((el) => getComputedStyle(el, '::after').content),
      ).toMatch(/attr\(href\)|https?:/);
      expect(await v.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    } finally {
      await v.close();
    }
  });
});

describe('embeds', () => {
  const embeds = builtPages().filter((p) => p.startsWith('embed/'));

  it('exist for every chart in the chapters, with the chart and a link back', async () => {
    expect(embeds.length).toBeGreaterThan(10);
    const v = await visit(browser, `${baseUrl}${embeds[0]}`);
    try {
      expect(await v.page.locator('figure.chart svg').count()).toBeGreaterThan(0);
      expect(await v.page.locator('.site-header').count()).toBe(0);
      const back = await v.page.locator('.embed-back a').getAttribute('href');
      expect(back).toMatch(/\/chapters\/[a-z-]+\/$/);
      expect(await v.page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    } finally {
      await v.close();
    }
  });

  it('each chapter chart offers a ready iframe snippet pointing at its embed page', async () => {
    const v = await visit(browser, `${baseUrl}chapters/cornea/`);
    try {
      const code = await v.page.locator('[data-embed-code]').first().textContent();
      const src = code!.match(/src="([^"]+)"/)![1]!;
      expect(code).toMatch(/^<iframe src="[^"]+" title="[^"]+" width="100%" height="\d+" loading="lazy"><\/iframe>$/);
      expect(embeds).toContain(new URL(src).pathname.replace(/^\//, ''));
    } finally {
      await v.close();
    }
  });
});

describe('feeds, sitemap and metadata', () => {
  it('publishes a valid Atom feed with one entry per chapter', async () => {
    const v = await visit(browser, `${baseUrl}feed.xml`);
    try {
      const result = await v.page.evaluate(async (url) => {
        const xml = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
        const ns = 'http://www.w3.org/2005/Atom';
        return {
          error: xml.querySelector('parsererror')?.textContent ?? null,
          root: xml.documentElement.namespaceURI,
          entries: [...xml.getElementsByTagNameNS(ns, 'entry')].map((e) => ({
            title: e.getElementsByTagNameNS(ns, 'title')[0]?.textContent,
            updated: e.getElementsByTagNameNS(ns, 'updated')[0]?.textContent,
            link: e.getElementsByTagNameNS(ns, 'link')[0]?.getAttribute('href'),
          })),
        };
      }, `${baseUrl}feed.xml`);
      expect(result.error).toBeNull();
      expect(result.root).toBe('http://www.w3.org/2005/Atom');
      // One entry per English chapter: the chapter pages built under dist/chapters/.
      const chapters = readdirSync('dist/chapters', { withFileTypes: true }).filter((d) => d.isDirectory());
      expect(result.entries.length).toBe(chapters.length);
      for (const e of result.entries) {
        expect(e.title).toBeTruthy();
        expect(Number.isNaN(Date.parse(e.updated!))).toBe(false);
        expect(e.link).toMatch(/\/chapters\/[a-z-]+\/$/);
      }
    } finally {
      await v.close();
    }
  });

  it('lists every page in the sitemap and points robots.txt at it', () => {
    const sitemap = readFileSync('dist/sitemap.xml', 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');
    // Embeds and handouts are noindex pages, kept out of the sitemap on purpose.
    for (const p of builtPages().filter(
      (p) => !p.startsWith('embed/') && !p.startsWith('ja/embed/') && !p.includes('/handout/') && p !== '404.html',
    )) {
      expect(urls).toContain(`${base}${p}`);
    }
    expect(readFileSync('dist/robots.txt', 'utf8')).toMatch(/Sitemap: \S+sitemap\.xml/);
  });

  it('gives each chapter a social card image, Open Graph tags and Article JSON-LD', () => {
    const html = readFileSync('dist/chapters/cornea/index.html', 'utf8');
    const image = html.match(/<meta property="og:image" content="([^"]+)"/)![1]!;
    expect(
      existsSync(`dist${new URL(image).pathname.replace(/^\/[^/]*?(?=\/og\/)/, '')}`) ||
        existsSync(`dist/og/cornea.png`),
    ).toBe(true);
    const png = readFileSync('dist/og/cornea.png');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image">/);
    const ld = JSON.parse(html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!);
    expect(ld['@type']).toBe('Article');
    expect(ld.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ld.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // No citation list in JSON-LD (issue #19: 1.5-2.5 KB a chapter; the reference list is in the page).
    expect(ld.citation).toBeUndefined();
  });

  it('has a favicon set and a web manifest', () => {
    const manifest = JSON.parse(readFileSync('dist/site.webmanifest', 'utf8'));
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
    for (const f of ['favicon.svg', 'icons/180.png', 'icons/192.png', 'icons/512.png'])
      expect(existsSync(`dist/${f}`)).toBe(true);
  });
});
