/**
 * Every built page, visited once, with every check that applies to it run on that one visit
 * (loading a page is the expensive part, so checks share it instead of each opening its own):
 *
 * - every page: loads cleanly and stays on this site, has one h1 and a lang, passes axe (WCAG 2.2
 *   AA), and never scrolls sideways at 375 px;
 * - axe's colour rules (colour-contrast, link-in-text-block), in light and in dark, on a sample that
 *   covers every page template and every figure once per language and theme (`colourScope` below):
 *   they cost two thirds of axe's time (2-6 s a long page, per theme) and their result depends on
 *   the CSS and the elements used, not on the words. Every other axe rule runs on every page;
 * - Japanese pages: no English interface text (issue #18);
 * - pages with charts (home, gallery, chapters): no on-chart label cut with an ellipsis at 1280 px;
 *   chapter timelines fitted to their events and every event's whole title on the chart at 1280 and
 *   640 px; the home timeline labels a dozen events and shades the crowded years (issue #14);
 * - English chapters, handouts, embeds and the gallery: every chart complete without JavaScript
 *   (title, SVG, data table, summary, sources), read from the HTML the server sends;
 * - chapters: printed, no figure split across pages and the real address printed;
 * - handouts: key facts, diagram, questions and address, and at most two A4 pages.
 *
 * Before (up to session 2) these were separate visits in charts.test.ts, charts-story.test.ts,
 * ja-interface.test.ts and print.test.ts; what each asserted is asserted here, with the same limits.
 *
 * The pages are visited several at a time from a pool of open pages (support/pool.ts): a visit is
 * mostly waiting, and a reused page costs no new browser context.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './support/chromium';
import { builtPages } from './support/pages';
import { visit } from './support/visit';
import { pagePool, type PagePool } from './support/pool';
import { axeViolations, COLOUR_RULES } from './support/axe';
import { englishIn, readerText } from './support/english';
import {
  chartsWithoutJs,
  cutChartTexts,
  handoutProblems,
  homeTimelineProblems,
  printProblems,
  timelineAxisProblems,
  timelineLabelProblems,
} from './support/page-checks';

const baseUrl = inject('baseUrl');
const pages = builtPages().filter((p) => p !== '404.html');
let browser: Browser;
let pool: PagePool;

beforeAll(async () => {
  browser = await launch();
  // As many pages as Vitest runs tests at once (maxConcurrency in vitest.browser.config.ts).
  pool = pagePool(browser, 8, { colorScheme: 'light', viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await pool?.close();
  await browser?.close();
});

const THERAPY = ['retina-macular-degeneration', 'cornea', 'parkinsons-disease', 'spinal-cord-injury', 'heart-failure'];
const isChapter = (p: string) => /^(ja\/)?chapters\/[a-z0-9-]+\/$/.test(p);
const isHandout = (p: string) => /^(ja\/)?chapters\/[a-z0-9-]+\/handout\/$/.test(p);
const isHome = (p: string) => p === '' || p === 'ja/';
const hasCharts = (p: string) => isHome(p) || p === 'charts/' || p === 'ja/charts/' || isChapter(p);
const isEmbed = (p: string) => /^(ja\/)?embed\//.test(p);
const noJsCharts = (p: string) => p.startsWith('chapters/') || p === 'charts/' || isEmbed(p);

const lang = (p: string) => (p.startsWith('ja/') ? 'ja' : 'en');
const read = (p: string) => readFileSync(join('dist', p, 'index.html'), 'utf8');
/** The kinds of element a chapter's page has outside its figures: tag and classes ("aside.callout.note"). */
const outsideFigures = (p: string) =>
  new Set(
    [
      ...read(p)
        .replace(/<(figure|script|style)\b[\s\S]*?<\/\1>/g, '')
        .matchAll(/<([a-z][a-z0-9-]*)\b[^>]*?\sclass="([^"]*)"/g),
    ].map((m) => [m[1], ...m[2]!.split(/\s+/).filter(Boolean).sort()].join('.')),
  );
/**
 * The chapters whose whole page the colour rules check, per language: the fewest that together have
 * every kind of element any chapter has outside its figures (greedy, largest first; in December 2026
 * "What are iPS cells?" and "Japan's fast track", whose note callout no other chapter has), so every
 * element a chapter shows is checked on the chapter template in light and dark.
 */
function chapterSample(chapters: string[]): Set<string> {
  const classes = new Map(chapters.map((p) => [p, outsideFigures(p)]));
  const missing = new Set([...classes.values()].flatMap((c) => [...c]));
  const chosen = new Set<string>();
  while (missing.size) {
    const gain = (p: string) => [...classes.get(p)!].filter((c) => missing.has(c)).length;
    const best = chapters.filter((p) => !chosen.has(p)).sort((a, b) => gain(b) - gain(a))[0]!;
    chosen.add(best);
    for (const c of classes.get(best)!) missing.delete(c);
  }
  return chosen;
}
const sampleChapters = new Set(
  (['en', 'ja'] as const).flatMap((l) => [...chapterSample(pages.filter((p) => isChapter(p) && lang(p) === l))]),
);
/** Japanese pages besides chapters whose colours are checked (the rest are English templates with Japanese words). */
const JA_FULL = ['ja/', 'ja/glossary/', 'ja/studies/'];

/**
 * Where axe's colour rules run, in light and in dark ('page': the whole page; 'none': not here):
 * - chapters: the sample above, per language. Their figures are checked on pages of their own:
 *   every chart instance is an embed page and every diagram is on its chapter's handout (the test
 *   "the colour sample covers every figure" below keeps that true);
 * - every embed and every handout, in both languages (one chart or diagram each, and cheap);
 * - every other English page (one template each); in Japanese, the home page, the glossary (its
 *   furigana) and the studies page (its overview chart has no embed); the other Japanese pages are
 *   English templates with Japanese words.
 * Session 4 ran them on every English page and every Japanese figure: 20-25% of this file's time.
 */
function colourScope(p: string): 'page' | 'none' {
  if (isChapter(p)) return sampleChapters.has(p) ? 'page' : 'none';
  if (isEmbed(p) || isHandout(p) || lang(p) === 'en' || JA_FULL.includes(p)) return 'page';
  return 'none';
}

/** What the visit of a page checks, for the test's name. */
function checksFor(p: string): string {
  const colour = colourScope(p) === 'page' ? 'axe colour rules in light and dark' : '';
  const parts = [`loads cleanly, one h1 and a lang, axe${colour ? `, ${colour}` : ''}, fits 375 px`];
  if (p.startsWith('ja/')) parts.push('no English interface text');
  if (hasCharts(p)) parts.push('no cut chart labels');
  if (isChapter(p)) parts.push('timelines fitted and whole at 1280 and 640 px', 'prints figures whole');
  if (isHome(p)) parts.push('home timeline labelled and shaded');
  if (noJsCharts(p)) parts.push('charts complete without JS');
  if (isHandout(p)) parts.push('handout on at most two A4 pages');
  return parts.join('; ');
}

describe.concurrent.each(pages)('page /%s', (path) => {
  // A long chapter's visit takes 10-20 s alone; beside three others and the other files' tests on
  // two cores, several times that.
  it(checksFor(path), { timeout: 300_000 }, async ({ expect }) => {
    const v = await pool.visit(baseUrl + path);
    try {
      const { page } = v;
      await page.waitForLoadState('networkidle');
      expect.soft(v.consoleErrors, 'console errors').toEqual([]);
      expect.soft(v.failedRequests, 'failed requests').toEqual([]);
      expect.soft(v.offsiteRequests, 'requests to other hosts').toEqual([]);
      expect.soft(await page.locator('h1').count(), 'h1 count').toBe(1);
      expect.soft(await page.getAttribute('html', 'lang')).toMatch(/^[a-z]{2}/);
      const scope = colourScope(path);
      if (scope === 'page') expect.soft(await axeViolations(page), 'axe, light theme').toEqual([]);
      else expect.soft(await axeViolations(page, { skip: COLOUR_RULES }), 'axe but its colour rules').toEqual([]);

      // At 1280 px, before anything changes the page.
      if (path.startsWith('ja/'))
        expect.soft(englishIn(await readerText(page)), 'English interface text on a Japanese page').toEqual([]);
      if (hasCharts(path))
        expect
          .soft(await cutChartTexts(page), 'on-chart labels cut short (give them room or leave them to the tooltip)')
          .toEqual([]);
      if (isChapter(path)) {
        expect.soft(await timelineAxisProblems(page), 'timeline axes fitted to their events').toEqual([]);
        expect.soft(await timelineLabelProblems(page, 1280), 'timeline labels at 1280 px').toEqual([]);
      }
      if (isHome(path)) expect.soft(await homeTimelineProblems(page), 'home timeline at 1280 px').toEqual([]);
      if (noJsCharts(path)) expect.soft(await chartsWithoutJs(page), 'charts without JavaScript').toEqual([]);

      // Dark theme: only the colour rules can change (the same elements, the same boxes).
      if (scope === 'page') {
        await page.emulateMedia({ colorScheme: 'dark' });
        expect.soft(await axeViolations(page, { rules: COLOUR_RULES }), 'axe, dark theme').toEqual([]);
        await page.emulateMedia({ colorScheme: 'light' });
      }

      if (isChapter(path)) {
        await page.setViewportSize({ width: 640, height: 900 });
        expect.soft(await timelineLabelProblems(page, 640), 'timeline labels at 640 px').toEqual([]);
      }
      await page.setViewportSize({ width: 375, height: 800 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect.soft(overflow, 'sideways scroll at 375 px').toBeLessThanOrEqual(0);

      if (isChapter(path))
        expect.soft(await printProblems(page, baseUrl + path), 'figures split across printed pages').toEqual([]);
      if (isHandout(path)) {
        const therapy = THERAPY.some((slug) => path.includes(`chapters/${slug}/`));
        expect.soft(await handoutProblems(page, therapy), 'the printed handout').toEqual([]);
      }
    } finally {
      await v.close();
    }
  });
});

describe('the colour sample covers every figure', () => {
  it("every chart on a page not checked in full has an embed page, and every such chapter's diagram is on its handout", ({
    expect,
  }) => {
    const embeds = new Set(pages.filter(isEmbed).map((p) => `${lang(p)} ${/embed\/([^/]+)\//.exec(p)![1]}`));
    const missing: string[] = [];
    // Pages whose colours are not checked in full must have their figures checked elsewhere.
    for (const p of pages.filter((q) => colourScope(q) === 'none')) {
      for (const m of read(p).matchAll(/<figure class="chart"[^>]*data-chart="([^"]+)"/g))
        if (!embeds.has(`${lang(p)} ${m[1]}`)) missing.push(`/${p}: chart ${m[1]} has no embed page`);
      if (isChapter(p)) {
        const diagrams = (read(p).match(/<figure class="diagram"/g) ?? []).length;
        const handout = `${p}handout/`;
        const onHandout = pages.includes(handout) ? (read(handout).match(/<figure class="diagram"/g) ?? []).length : 0;
        if (diagrams > onHandout) missing.push(`/${p}: ${diagrams} diagram(s), ${onHandout} on its handout`);
      }
    }
    expect(embeds.size, 'embed pages').toBeGreaterThan(10);
    expect(missing, 'figures the colour sample would not check (see colourScope)').toEqual([]);
  });
});

describe('404 page', () => {
  it('is served for an unknown address, with a way home', async ({ expect }) => {
    const v = await visit(browser, `${baseUrl}no-such-page/`);
    try {
      expect(await v.page.locator('h1').textContent()).toMatch(/couldn't find/i);
      expect(await v.page.locator('main a[href]').count()).toBeGreaterThan(0);
    } finally {
      await v.close();
    }
  });
});
