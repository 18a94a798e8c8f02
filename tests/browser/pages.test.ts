/**
 * Every built page, visited once, with every check that applies to it run on that one visit
 * (loading a page is the expensive part, so checks share it instead of each opening its own):
 *
 * - every page: loads cleanly and stays on this site, has one h1 and a lang, passes axe (WCAG 2.2
 *   AA), and never scrolls sideways at 375 px;
 * - axe's colour rules (colour-contrast, link-in-text-block), in light and in dark: these cost
 *   two thirds of axe's time (2-6 s a long page, per theme), and their result depends on the CSS
 *   and the elements used, which pages of one type share, so they run once per page type and
 *   language where pages differ only in their words, and on every page where they differ more (see
 *   `colourScope` below). Every other axe rule runs on every page;
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

/** The kind of chart an embed shows ("timeline" for embed/timeline--cornea/). */
const embedType = (p: string) => /embed\/([a-z0-9-]+?)(--|\/)/.exec(p)?.[1] ?? p;
const firstOf = (list: string[], key: (p: string) => string) => {
  const seen = new Map<string, string>();
  for (const p of list) if (!seen.has(key(p))) seen.set(key(p), p);
  return new Set(seen.values());
};
const lang = (p: string) => (p.startsWith('ja/') ? 'ja' : 'en');
/** One embed per kind of chart and language, one handout per language: their pages share everything else. */
const sampleEmbeds = firstOf(pages.filter(isEmbed), (p) => `${lang(p)} ${embedType(p)}`);
const sampleHandouts = firstOf(
  pages.filter((p) => isHandout(p) && THERAPY.some((slug) => p.includes(`chapters/${slug}/`))),
  lang,
);
/** Japanese pages whose colours are checked in full (the rest share English pages' CSS and elements). */
const JA_FULL = ['ja/', 'ja/glossary/', 'ja/chapters/parkinsons-disease/'];

/**
 * Where axe's colour rules run on a page, in light and in dark:
 * - 'page': every English page but embeds and handouts; of those, one per kind of chart and one
 *   handout, per language; in Japanese, the home page, the glossary (its furigana) and one chapter;
 * - 'figures': every other Japanese page, inside its charts and diagrams only (their labels are laid
 *   out for each language's text, so what sits on which colour can differ); the rest of such a page
 *   is the English page's template and CSS with Japanese words;
 * - 'none': the other embeds and handouts (the same chart instances are checked in their chapters).
 */
function colourScope(p: string): 'page' | 'figures' | 'none' {
  if (isEmbed(p)) return sampleEmbeds.has(p) ? 'page' : 'none';
  if (isHandout(p)) return sampleHandouts.has(p) ? 'page' : 'none';
  if (lang(p) === 'en' || JA_FULL.includes(p)) return 'page';
  return 'figures';
}
const FIGURES = 'figure.chart, figure.diagram';

/** What the visit of a page checks, for the test's name. */
function checksFor(p: string): string {
  const colour = {
    page: 'axe colour rules in light and dark',
    figures: 'colours of charts in light and dark',
    none: '',
  }[colourScope(p)];
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
      else {
        expect.soft(await axeViolations(page, { skip: COLOUR_RULES }), 'axe but its colour rules').toEqual([]);
        if (scope === 'figures')
          expect
            .soft(
              await axeViolations(page, { rules: COLOUR_RULES, within: FIGURES }),
              'axe colour rules in figures, light',
            )
            .toEqual([]);
      }

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
      if (scope !== 'none') {
        await page.emulateMedia({ colorScheme: 'dark' });
        const within = scope === 'figures' ? FIGURES : undefined;
        expect.soft(await axeViolations(page, { rules: COLOUR_RULES, within }), 'axe, dark theme').toEqual([]);
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
