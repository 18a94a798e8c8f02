/**
 * Charts as readers meet them: complete without JavaScript, explorable by keyboard with a tooltip
 * that is also announced, and their data downloadable.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
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

const chartPages = builtPages().filter((p) => p.startsWith('chapters/') || p === 'charts/');

describe('charts without JavaScript', () => {
  it.each(chartPages)('/%s shows every chart as labelled SVG with its data table', async (path) => {
    const v = await visit(browser, baseUrl + path, { javaScriptEnabled: false });
    try {
      const charts = await v.page.$$eval('figure.chart', (figs) =>
        figs.map((f) => ({
          name: document.getElementById(f.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() ?? '',
          // Every chart draws SVG, except a panel that is a single big number, which is text.
          drawn: f.querySelectorAll('.chart-body svg').length + f.querySelectorAll('.chart-body [class*="big"]').length,
          rows: f.querySelectorAll('.chart-data tbody tr').length,
          summary: f.querySelector('.chart-summary')?.textContent?.trim() ?? '',
          sources: f.querySelectorAll('.chart-sources a').length,
        })),
      );
      for (const c of charts) {
        expect(c.name, 'chart title').not.toBe('');
        expect(c.drawn, `${c.name}: SVG or a big-number panel`).toBeGreaterThan(0);
        expect(c.rows, `${c.name}: data rows`).toBeGreaterThan(0);
        expect(c.summary, `${c.name}: text summary`).not.toBe('');
        expect(c.sources, `${c.name}: source links`).toBeGreaterThan(0);
      }
    } finally {
      await v.close();
    }
  });
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
      expect(label2).toMatch(/^Participant 2 of/);
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
