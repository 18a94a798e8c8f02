/**
 * Charts load no code until a reader reaches for them (issue #19): a tap on a participant mark
 * shows its tooltip, and keyboard exploration still works once a chart wakes on first focus.
 * (No cut on-chart text, chapter timelines fitted to their events and labelled in full, and the
 * home timeline's labels are checked on the one visit of each page in pages.test.ts.)
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
      // Scrolled into view and left alone until the network is quiet: nothing may load yet.
      await v.page.waitForLoadState('networkidle');
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
    const v = await visit(browser, `${baseUrl}chapters/cornea/`, {
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
