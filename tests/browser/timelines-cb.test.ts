/**
 * The timelines and the approval path tell their story on every screen (issue #14): the home
 * timeline's phone strip draws every event and numbers the key ones; the since-2014 band stays
 * visible in dark mode; chapter timelines keep a margin at both axis ends and label their long
 * waits; the approval path's phone list has no "(computed)" and no "As of" line among the stages,
 * and draws its takeaway (who left, and the common deadline).
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

const phone = { viewport: { width: 375, height: 800 }, isMobile: true };

describe('home timeline on phones', () => {
  it.each(['', 'ja/'])('/%s draws every event as a dot, numbers the five key events and lists them', async (path) => {
    const v = await visit(browser, `${baseUrl}${path}`, phone);
    try {
      const strip = await v.page.evaluate(() => {
        const svg = document.querySelector('figure.chart .narrow svg.strip');
        const box = svg?.getBoundingClientRect();
        return {
          visible: Boolean(box && box.width > 300 && box.height > 80),
          dots: svg?.querySelectorAll('.strip-dot').length ?? 0,
          keyed: svg?.querySelectorAll('.strip-dot.key').length ?? 0,
          count: svg?.querySelector('.strip-count')?.textContent ?? '',
          listed: document.querySelectorAll('figure.chart .narrow .key-events > li').length,
          table: document.querySelectorAll('figure.chart .chart-data tbody tr').length,
        };
      });
      expect(strip.visible, 'the strip is on screen at 375 px').toBe(true);
      expect(strip.dots, 'one dot per event in the data table').toBe(strip.table);
      expect(strip.keyed).toBe(5);
      expect(strip.listed).toBe(5);
      expect(strip.count).toMatch(/\d/);
    } finally {
      await v.close();
    }
  });
});

describe('the since-2014 band in dark mode', () => {
  it('is shaded at least 10% over the page background', async () => {
    const v = await visit(browser, baseUrl, { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
    try {
      const fill = await v.page.$eval('figure.chart .wide .crowd', (el) => getComputedStyle(el).fill);
      const alpha = Number(/rgba?\([^)]*[,/]\s*([\d.]+)\)/.exec(fill)?.[1] ?? 1);
      expect(fill, 'a light wash on the dark page').toMatch(/rgba?\(255,? 255,? 255/);
      expect(alpha).toBeGreaterThanOrEqual(0.1);
    } finally {
      await v.close();
    }
  });
});

describe('chapter timelines at 1280 px', () => {
  it.each(['chapters/heart-failure/', 'ja/chapters/heart-failure/', 'chapters/spinal-cord-injury/'])(
    '/%s: no mark on an axis end, and the long wait is labelled',
    async (path) => {
      const v = await visit(browser, `${baseUrl}${path}`, { viewport: { width: 1280, height: 900 } });
      try {
        const t = await v.page.$eval('figure.chart .timeline .wide', (wide) => {
          const axis = wide.querySelector('line.axis')!.getBoundingClientRect();
          const marks = [...wide.querySelectorAll('.mark .shape')].map((m) => m.getBoundingClientRect());
          return {
            left: Math.min(...marks.map((m) => m.left)) - axis.left,
            right: axis.right - Math.max(...marks.map((m) => m.right)),
            gaps: [...wide.querySelectorAll('.gap-label')].map((g) => g.textContent ?? ''),
          };
        });
        expect(t.left, 'room before the first mark').toBeGreaterThan(4);
        expect(t.right, 'room after the last mark').toBeGreaterThan(4);
        expect(t.gaps.length).toBeGreaterThan(0);
        for (const g of t.gaps) expect(g).toMatch(/\d/);
        // Each bracket says between what: both its ends rise to a mark (r7: "about 7 years" between what?).
        const ends = await v.page.$eval('figure.chart .timeline .wide', (wide) => {
          const marks = [...wide.querySelectorAll('.mark .shape')].map((m) => m.getBoundingClientRect());
          return [...wide.querySelectorAll('line.gap-end')].map((l) => {
            const b = l.getBoundingClientRect();
            return Math.min(...marks.map((m) => Math.abs(m.left + m.width / 2 - b.left) + Math.abs(m.bottom - b.top)));
          });
        });
        // Two ends per bracket, one shared where a bracket starts where the one before it ends.
        expect(ends.length).toBeGreaterThanOrEqual(t.gaps.length + 1);
        expect(ends.length).toBeLessThanOrEqual(2 * t.gaps.length);
        for (const d of ends) expect(d, 'a bracket end meets a mark').toBeLessThan(8);
      } finally {
        await v.close();
      }
    },
  );
});

describe('long chapter timelines on phones', () => {
  it.each(['', 'ja/'].flatMap((l) => [`${l}chapters/what-are-ips-cells/`, `${l}chapters/japans-fast-track/`]))(
    '/%s: more than eight events are a dot strip with the key events listed, not a card list',
    async (path) => {
      const v = await visit(browser, `${baseUrl}${path}`, phone);
      try {
        const t = await v.page.$eval('figure.chart:has(.timeline)', (fig) => ({
          events: fig.querySelectorAll('.chart-data tbody tr').length,
          cards: fig.querySelectorAll('.narrow .event').length,
          dots: fig.querySelectorAll('.narrow .strip-dot').length,
          listed: fig.querySelectorAll('.narrow .key-events > li').length,
          height: fig.querySelector('.timeline')!.getBoundingClientRect().height,
        }));
        expect(t.events).toBeGreaterThan(8);
        expect(t.cards, 'no card list').toBe(0);
        expect(t.dots, 'one dot per event').toBe(t.events);
        expect(t.listed).toBeGreaterThanOrEqual(3);
        expect(t.height, 'about one phone screen').toBeLessThan(900);
      } finally {
        await v.close();
      }
    },
  );
});

describe('lead diagrams at 1280 px', () => {
  it.each(['chapters/retina-macular-degeneration/', 'chapters/what-are-ips-cells/', 'ja/chapters/what-are-ips-cells/'])(
    '/%s: the diagram is at most 480 px wide, so its labels stay near body size',
    async (path) => {
      const v = await visit(browser, `${baseUrl}${path}`, {
        viewport: { width: 1280, height: 900 },
      });
      try {
        const w = await v.page.$eval('figure.diagram svg', (svg) => svg.getBoundingClientRect().width);
        expect(w).toBeGreaterThan(300);
        expect(w).toBeLessThanOrEqual(480);
      } finally {
        await v.close();
      }
    },
  );
});

describe('approval path', () => {
  it.each(['', 'ja/'])('/%schapters/japans-fast-track/ at 375 px lists stages only, in plain words', async (path) => {
    const v = await visit(browser, `${baseUrl}${path}chapters/japans-fast-track/`, phone);
    try {
      const items = await v.page.$$eval('.approval-path .stage-list li', (lis) =>
        lis.filter((li) => li.getBoundingClientRect().height > 0).map((li) => li.textContent ?? ''),
      );
      expect(items.length).toBeGreaterThan(8);
      for (const text of items) {
        expect(text).not.toMatch(/computed|計算値/);
        expect(text).not.toMatch(/^\s*(As of|現時点)/);
      }
    } finally {
      await v.close();
    }
  });

  it('at 1280 px marks the products that left and the common deadline of the live ones', async () => {
    const v = await visit(browser, `${baseUrl}chapters/japans-fast-track/`, { viewport: { width: 1280, height: 900 } });
    try {
      const tags = await v.page.$$eval('.approval-path .ended-tag', (els) => els.map((e) => e.textContent?.trim()));
      expect(tags.length).toBeGreaterThanOrEqual(2);
      for (const tag of tags) expect(tag).toMatch(/(Withdrawn|Refused full approval) \d{4}/);
      const deadline = await v.page.$eval('.approval-path .deadline-label', (e) => e.textContent ?? '');
      expect(deadline).toMatch(/must show .* by ~\d{4}/);
      // The dashed as-of line passes behind the takeaway: a plate in the page colour covers the words.
      const cover = await v.page.$eval('.approval-path svg.axis', (axis) => {
        const text = axis.querySelector('.deadline-label')!.getBoundingClientRect();
        const plate = axis.querySelector('.label-bg')!.getBoundingClientRect();
        const today = axis.querySelector('line.today')!.getBoundingClientRect();
        return {
          crosses: today.left > text.left && today.left < text.right,
          covered:
            plate.left <= text.left + 1 &&
            plate.right >= text.right - 1 &&
            plate.top <= text.top + 1 &&
            plate.bottom >= text.bottom - 1,
          after: axis.innerHTML.indexOf('label-bg') > axis.innerHTML.indexOf('class="today'),
        };
      });
      if (cover.crosses) expect(cover.covered && cover.after, 'the as-of line is masked under the words').toBe(true);
    } finally {
      await v.close();
    }
  });
});
