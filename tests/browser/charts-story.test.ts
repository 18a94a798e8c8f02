/**
 * Charts that tell their story at a glance (issue #14) and load no code until a reader reaches
 * for them (issue #19): no on-chart text cut with an ellipsis, chapter timelines fitted to their
 * own events with every event labelled in full, a tap on a participant mark shows its tooltip,
 * and keyboard exploration still works once a chart wakes on first focus.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './support/chromium';
import { builtPages } from './support/pages';
import { visit } from './support/visit';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const chapters = builtPages().filter((p) => /^(ja\/)?chapters\/[^/]+\/$/.test(p));
const withCharts = ['', 'ja/', 'charts/', 'ja/charts/', ...chapters];

/** Visible SVG text inside charts whose content ends in an ellipsis. */
function cutTexts(page: Page) {
  return page.$$eval('figure.chart svg text', (nodes) =>
    nodes
      .filter((n) => (n as SVGTextElement).getClientRects().length > 0 && n.checkVisibility())
      .map((n) => n.textContent?.trim() ?? '')
      .filter((t) => /(…|\.\.\.)$/.test(t)),
  );
}

describe('on-chart text at 1280 px', () => {
  it.each(withCharts)('/%s: no chart label ends in an ellipsis', async (path) => {
    const v = await visit(browser, baseUrl + path, { viewport: { width: 1280, height: 900 } });
    try {
      const cut = await cutTexts(v.page);
      expect(cut, `/${path}: on-chart labels cut short (give them room or leave them to the tooltip)`).toEqual([]);
    } finally {
      await v.close();
    }
  });
});

interface TimelineFacts {
  id: string;
  fromYear: number;
  mode: string;
  firstEventYear: number;
  marks: number;
  labels: string[];
  titles: string[];
}

/** Each timeline on the page: its first axis year, its events' years and titles, its visible labels. */
function timelines(page: Page): Promise<TimelineFacts[]> {
  return page.$$eval('figure.chart[data-chart^="timeline"]', (figs) =>
    figs.map((f) => {
      const wide = f.querySelector<HTMLElement>('.wide[data-from-year]');
      const rows = [...f.querySelectorAll('.chart-data tbody tr')];
      const years = rows.map((r) => Number(/\d{4}/.exec(r.querySelector('th')?.textContent ?? '')?.[0]));
      const head = [...f.querySelectorAll('.chart-data thead th')].map((th) => th.textContent?.trim() ?? '');
      // The event's title column: "Event" / 出来事 (the fourth column of the timeline's table).
      const titleCol = Math.max(
        3,
        head.findIndex((h) => h === 'Event' || h === '出来事'),
      );
      return {
        id: f.getAttribute('data-chart') ?? '',
        fromYear: Number(wide?.dataset.fromYear),
        mode: wide?.dataset.mode ?? '',
        firstEventYear: Math.min(...years.filter((y) => y > 0)),
        marks: f.querySelectorAll('svg.plot .mark').length,
        labels: [...f.querySelectorAll('svg.plot text.direct')]
          .filter((t) => (t as SVGTextElement).getClientRects().length > 0 && t.checkVisibility())
          // A wrapped label is several tspans: compare without white space (Japanese wraps between characters).
          .map((t) => (t.textContent ?? '').replace(/\s+/g, '')),
        titles: rows.map((r) => r.children[titleCol]?.textContent?.replace(/\s+/g, '') ?? ''),
      };
    }),
  );
}

describe('chapter timelines', () => {
  const withTimeline = chapters;
  it.each(withTimeline)('/%s: the axis starts no more than two years before the first event', async (path) => {
    const v = await visit(browser, baseUrl + path, { viewport: { width: 1280, height: 900 } });
    try {
      for (const t of await timelines(v.page)) {
        expect(Number.isFinite(t.fromYear), `${t.id}: the wide view names its first year`).toBe(true);
        expect(t.fromYear, `${t.id}: axis starts after its first event`).toBeLessThanOrEqual(t.firstEventYear);
        expect(
          t.firstEventYear - t.fromYear,
          `/${path} ${t.id}: axis starts in ${t.fromYear}, ${t.firstEventYear - t.fromYear} years before its first event (${t.firstEventYear}); fit it to the chapter's events`,
        ).toBeLessThanOrEqual(2);
      }
    } finally {
      await v.close();
    }
  });

  it.each(withTimeline.flatMap((p) => [640, 1280].map((w) => [p, w] as const)))(
    '/%s at %i px: every event has its whole title on the chart',
    async (path, width) => {
      const v = await visit(browser, baseUrl + path, { viewport: { width, height: 900 } });
      try {
        for (const t of await timelines(v.page)) {
          if (t.mode !== 'rows') continue;
          expect(t.labels.length, `/${path} ${t.id} at ${width} px: labelled events`).toBe(t.marks);
          expect([...t.labels].sort(), `/${path} ${t.id} at ${width} px: labels are the whole titles`).toEqual(
            [...t.titles].sort(),
          );
        }
      } finally {
        await v.close();
      }
    },
  );
});

describe('the site-wide timeline on the home page', () => {
  it.each(['', 'ja/'])('/%s labels at least a dozen events at 1280 px and shades the crowded years', async (path) => {
    const v = await visit(browser, baseUrl + path, { viewport: { width: 1280, height: 900 } });
    try {
      const [t] = await timelines(v.page);
      expect(t, 'a timeline on the home page').toBeDefined();
      expect(t!.labels.length, `/${path}: direct labels on the home timeline`).toBeGreaterThanOrEqual(12);
      for (const l of t!.labels) expect(t!.titles, `/${path}: "${l}" is a whole title`).toContain(l);
      expect(
        await v.page.locator('figure.chart svg.plot .crowd-label').count(),
        'the crowded years are shaded and counted',
      ).toBeGreaterThan(0);
    } finally {
      await v.close();
    }
  });
});

describe('charts wake on first interaction', () => {
  it('a touch tap on a trial-outcomes mark shows its tooltip, with no chart code loaded before', async () => {
    const v = await visit(browser, `${baseUrl}chapters/parkinsons-disease/`, {
      viewport: { width: 375, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    try {
      const scripts: string[] = [];
      v.page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.push(r.url());
      });
      const chart = v.page.locator('figure[data-chart^="trial-outcomes"]').first();
      await chart.scrollIntoViewIfNeeded();
      await v.page.waitForTimeout(300);
      expect(
        scripts.filter((u) => /TrialOutcomes/.test(u)),
        'chart code loads before the reader touches the chart',
      ).toEqual([]);
      const mark = chart.locator('.mark').nth(5);
      const label = await mark.getAttribute('aria-label');
      await mark.tap();
      const tip = chart.locator('.tooltip');
      await expect.poll(() => tip.textContent(), { timeout: 10_000 }).toBe(label);
      // Wholly inside the chart and the screen, at its natural width (not squeezed).
      const [box, fig] = await Promise.all([tip.boundingBox(), chart.boundingBox()]);
      expect(box!.x).toBeGreaterThanOrEqual(fig!.x - 1);
      expect(box!.x + box!.width).toBeLessThanOrEqual(Math.min(fig!.x + fig!.width, 375) + 1);
      expect(box!.width, 'tooltip squeezed into a narrow column').toBeGreaterThan(150);
    } finally {
      await v.close();
    }
  });

  it('keyboard focus wakes a chart and arrow keys move between marks, each with its tooltip', async () => {
    const v = await visit(browser, `${baseUrl}chapters/parkinsons-disease/`, {
      viewport: { width: 1280, height: 900 },
    });
    try {
      const chart = v.page.locator('figure[data-chart^="trial-outcomes"]').first();
      await chart.scrollIntoViewIfNeeded();
      const first = chart.locator('.mark[tabindex="0"]').first();
      const label1 = await first.getAttribute('aria-label');
      await first.focus();
      const tip = chart.locator('.tooltip');
      await expect.poll(() => tip.textContent(), { timeout: 10_000 }).toBe(label1);
      await v.page.keyboard.press('ArrowRight');
      const second = chart.locator('.mark[data-index="1"]').first();
      await expect.poll(() => second.evaluate((el) => el === document.activeElement)).toBe(true);
      await expect.poll(() => tip.textContent()).toBe(await second.getAttribute('aria-label'));
    } finally {
      await v.close();
    }
  });

  it('a tap on a timeline mark near the right edge keeps its tooltip inside the chart', async () => {
    const v = await visit(browser, `${baseUrl}chapters/parkinsons-disease/`, {
      viewport: { width: 800, height: 900 },
      hasTouch: true,
    });
    try {
      const chart = v.page.locator('figure[data-chart^="timeline"]').first();
      await chart.scrollIntoViewIfNeeded();
      const marks = chart.locator('svg.plot .mark');
      const last = marks.nth((await marks.count()) - 1);
      await last.tap();
      const tip = chart.locator('.tooltip');
      await tip.waitFor({ state: 'visible', timeout: 10_000 });
      const [box, fig] = await Promise.all([tip.boundingBox(), chart.boundingBox()]);
      expect(box!.x + box!.width).toBeLessThanOrEqual(fig!.x + fig!.width + 1);
      expect(box!.x).toBeGreaterThanOrEqual(fig!.x - 1);
      expect(box!.width).toBeGreaterThan(150);
    } finally {
      await v.close();
    }
  });
});
