/**
 * Charts as readers meet them: explorable by keyboard with a tooltip that is also announced, and
 * their data downloadable. (Complete without JavaScript: checked on the one visit of each page in
 * pages.test.ts.)
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

describe('trial outcomes chart, by keyboard', () => {
  it('moves between marks with arrow keys, showing and announcing each', async () => {
    const v = await visit(browser, `${baseUrl}charts/`);
    try {
      const chart = v.page.locator('figure[data-chart^="trial-outcomes"]').first();
      await chart.scrollIntoViewIfNeeded();
      const first = chart.locator('[role="button"][tabindex="0"]').first();
      await first.focus();
      const label1 = await first.getAttribute('aria-label');
      await expect.poll(() => chart.locator('.tooltip').textContent()).toBe(label1);
      await v.page.keyboard.press('ArrowRight');
      const focused = v.page.locator(':focus');
      const label2 = await focused.getAttribute('aria-label');
      expect(label2).not.toBe(label1);
      // The next mark: the next participant, or the first of the next row ("Study: Participant 1 of 5: …").
      expect(label2).toMatch(/Participant \d+ of \d+/);
      await expect.poll(() => chart.locator('[aria-live="polite"]').first().textContent()).toBe(label2);
      expect(await chart.locator('[role="button"][tabindex="0"]').count()).toBe(1);
      await v.page.keyboard.press('Escape');
      await expect.poll(() => chart.locator('.tooltip').count()).toBe(0);
    } finally {
      await v.close();
    }
  });
});

describe('chart data downloads', () => {
  it('link to a CSV that parses and matches the table', async () => {
    const v = await visit(browser, `${baseUrl}charts/`);
    try {
      const href = await v.page.locator('.chart-data a[download]').first().getAttribute('href');
      const res = await v.page.request.get(new URL(href!, baseUrl).href);
      expect(res.status()).toBe(200);
      const text = await res.text();
      const header = text.split('\r\n')[0]!.split(',');
      const ths = await v.page.locator('figure.chart').first().locator('.chart-data thead th').allTextContents();
      expect(ths.length).toBeGreaterThan(1);
      expect(header).toEqual(ths);
    } finally {
      await v.close();
    }
  });
});
