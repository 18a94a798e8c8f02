/**
 * The merged outcome charts (every retina recipient; every person in Japan's studies, highlighted
 * per chapter) as readers meet them, and one title per chart instance across the built site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

describe('one title per chart instance', () => {
  it('no chart id has two titles (or two takeaways) across chapters, gallery and embeds, per language', () => {
    const seen = new Map<string, { title: string; takeaway: string; page: string }>();
    const clashes: string[] = [];
    for (const page of builtPages()) {
      const html = readFileSync(join('dist', page.endsWith('.html') ? page : `${page}index.html`), 'utf8');
      const lang = page.startsWith('ja/') ? 'ja' : 'en';
      const re =
        /<figure class="chart"[^>]*data-chart="([^"]+)"[\s\S]*?<p class="chart-title"[^>]*>([\s\S]*?)<\/p>\s*<p class="chart-takeaway"[^>]*>([\s\S]*?)<\/p>/g;
      for (const m of html.matchAll(re)) {
        const key = `${lang} ${m[1]}`;
        const found = { title: m[2]!.trim(), takeaway: m[3]!.trim(), page };
        const before = seen.get(key);
        if (!before) seen.set(key, found);
        else if (before.title !== found.title || before.takeaway !== found.takeaway)
          clashes.push(`${key}: "${before.title}" (/${before.page}) vs "${found.title}" (/${found.page})`);
      }
    }
    expect(seen.size, 'charts found in the built site').toBeGreaterThan(10);
    expect(
      clashes,
      'give each chart instance one title and takeaway (same props = same chart; the gallery reads the chapter)',
    ).toEqual([]);
  });
});

describe('every retina recipient in one chart', () => {
  it.each(['', 'ja/'])(
    '/%schapters/retina-macular-degeneration/ draws 9 marks in 3 rows with one legend',
    async (l) => {
      const v = await visit(browser, `${baseUrl}${l}chapters/retina-macular-degeneration/`, {
        javaScriptEnabled: false,
      });
      try {
        const chart = v.page.locator('figure[data-chart^="trial-outcomes--"]');
        expect(await chart.count(), 'one outcome chart in the retina chapter').toBe(1);
        expect(await chart.locator('.row').count()).toBe(3);
        expect(await chart.locator('.mark').count()).toBe(9);
        expect(await chart.locator('.legend').count()).toBe(1);
        expect(await chart.locator('.rows-total').textContent()).toMatch(/9/);
      } finally {
        await v.close();
      }
    },
  );
});

describe('every person in Japan’s studies, highlighted per chapter', () => {
  for (const [slug, trial] of [
    ['cornea', 'cornea-osaka'],
    ['spinal-cord-injury', 'spinal-keio'],
  ] as const) {
    it(`/chapters/${slug}/ highlights the ${trial} row, and each row counts its people`, async () => {
      const v = await visit(browser, `${baseUrl}chapters/${slug}/`, { javaScriptEnabled: false });
      try {
        const chart = v.page.locator(`figure[data-chart="trial-outcomes--japan-${trial}"]`);
        expect(await chart.count()).toBe(1);
        const rows = await chart.locator('.row').evaluateAll((els) =>
          els.map((e) => ({
            trial: e.getAttribute('data-trial'),
            highlighted: e.classList.contains('is-highlighted'),
            marks: e.querySelectorAll('.mark').length,
            people: Number(/\d+/.exec(e.querySelector('.row-people')?.textContent ?? '')?.[0]),
            headline: e.querySelector('.row-headline')?.textContent?.trim() ?? '',
          })),
        );
        expect(rows.length, 'studies in Japan with per-person results').toBeGreaterThanOrEqual(8);
        expect(rows.filter((r) => r.highlighted).map((r) => r.trial)).toEqual([trial]);
        for (const r of rows) {
          expect(r.marks, `${r.trial}: one mark per person`).toBe(r.people);
          expect(r.headline, `${r.trial}: the row's point drawn`).not.toBe('');
        }
        const total = rows.reduce((s, r) => s + r.marks, 0);
        expect(await chart.locator('.rows-total').textContent()).toContain(String(total));
      } finally {
        await v.close();
      }
    });
  }

  it('a touch tap on a row mark shows its tooltip on a phone, inside the screen', async () => {
    const v = await visit(browser, `${baseUrl}chapters/cornea/`, {
      viewport: { width: 375, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    try {
      const chart = v.page.locator('figure[data-chart="trial-outcomes--japan-cornea-osaka"]');
      await chart.scrollIntoViewIfNeeded();
      const mark = chart.locator('.row.is-highlighted .mark').first();
      const label = await mark.getAttribute('aria-label');
      expect(label).toMatch(/cornea/i);
      await mark.tap();
      const tip = chart.locator('.tooltip');
      await expect.poll(() => tip.textContent(), { timeout: 10_000 }).toBe(label);
      const box = await tip.boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(-1);
      expect(box!.x + box!.width).toBeLessThanOrEqual(376);
    } finally {
      await v.close();
    }
  });

  it('arrow keys move down a row at the nearest position, each with its tooltip', async () => {
    const v = await visit(browser, `${baseUrl}chapters/spinal-cord-injury/`, {
      viewport: { width: 1280, height: 900 },
    });
    try {
      const chart = v.page.locator('figure[data-chart="trial-outcomes--japan-spinal-keio"]');
      await chart.scrollIntoViewIfNeeded();
      const first = chart.locator('.mark[tabindex="0"]');
      await first.focus();
      await expect.poll(() => chart.locator('.tooltip').textContent()).toBe(await first.getAttribute('aria-label'));
      await v.page.keyboard.press('ArrowDown');
      const focused = v.page.locator(':focus');
      const secondRow = chart.locator('.row').nth(1);
      await expect
        .poll(() => focused.getAttribute('aria-label'))
        .toBe(await secondRow.locator('.mark').first().getAttribute('aria-label'));
      await expect.poll(() => chart.locator('.tooltip').textContent()).toBe(await focused.getAttribute('aria-label'));
    } finally {
      await v.close();
    }
  });
});
