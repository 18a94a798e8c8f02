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

describe('outcome tooltips on phones: a tap shows one, inside the screen, at full width', () => {
  const pages = [
    ['chapters/cornea/', 'rows'],
    ['chapters/parkinsons-disease/', 'two panels'],
    ['chapters/heart-failure/', 'two panels'],
    ['chapters/beyond-the-four/', 'one panel'],
  ] as const;
  for (const lang of ['', 'ja/'] as const) {
    for (const [path, form] of pages) {
      it(`/${lang}${path} (${form}): first and last mark at 320 and 414 px, by tap and by arrow key`, async () => {
        const v = await visit(browser, `${baseUrl}${lang}${path}`, {
          viewport: { width: 320, height: 700 },
          hasTouch: true,
          isMobile: true,
        });
        try {
          for (const width of [320, 414]) {
            await v.page.setViewportSize({ width, height: 700 });
            const chart = v.page.locator('figure[data-chart^="trial-outcomes--"]').first();
            const marks = chart.locator('.mark');
            const n = await marks.count();
            expect(n, 'marks in the chart').toBeGreaterThan(3);
            for (const i of [0, n - 1]) {
              const mark = marks.nth(i);
              await mark.scrollIntoViewIfNeeded();
              const label = await mark.getAttribute('aria-label');
              await mark.tap();
              const tip = chart.locator('.tooltip');
              await expect.poll(() => tip.textContent(), { timeout: 10_000 }).toBe(label);
              const box = (await tip.boundingBox())!;
              const where = `${width} px, mark ${i + 1} of ${n}`;
              expect(box.x, `${where}: tooltip's left edge on screen`).toBeGreaterThanOrEqual(-0.5);
              expect(box.x + box.width, `${where}: tooltip's right edge on screen`).toBeLessThanOrEqual(width + 0.5);
              // Not squeezed into the room beside a mark near the edge: it keeps a reading width, or
              // its text is short enough for one line.
              const { lineHeight, oneLine } = await tip.evaluate((el) => {
                const lh = parseFloat(getComputedStyle(el).lineHeight);
                return { lineHeight: lh, oneLine: el.clientHeight < lh * 1.5 + 16 };
              });
              expect(lineHeight).toBeGreaterThan(0);
              if (!oneLine) expect(box.width, `${where}: tooltip keeps its width`).toBeGreaterThanOrEqual(180);
            }
            // The keyboard still works after a tap: the arrow moves on, with its tooltip.
            await v.page.keyboard.press('Home');
            await v.page.keyboard.press('ArrowRight');
            const focused = v.page.locator(':focus');
            await expect.poll(() => focused.getAttribute('data-index')).toBe('1');
            await expect
              .poll(() => chart.locator('.tooltip').textContent())
              .toBe(await focused.getAttribute('aria-label'));
          }
        } finally {
          await v.close();
        }
      });
    }
  }
});

describe('one outcome vocabulary across the outcome charts', () => {
  it('names each kind of result with the same words, mark and colour in every chart', async () => {
    const seen = new Map<string, { fill: string; tag: string; page: string }>();
    const clashes: string[] = [];
    for (const path of [
      'chapters/cornea/',
      'chapters/parkinsons-disease/',
      'chapters/heart-failure/',
      'chapters/retina-macular-degeneration/',
      'chapters/beyond-the-four/',
    ]) {
      const v = await visit(browser, `${baseUrl}${path}`, { viewport: { width: 1280, height: 900 } });
      try {
        const found = await v.page.locator('figure[data-chart^="trial-outcomes--"]').evaluateAll((figs) =>
          figs.flatMap((fig) => {
            return [...fig.querySelectorAll('.mark')].map((m) => {
              const shape = m.querySelector('.shape')!;
              return {
                kind: m.getAttribute('data-kind') ?? '',
                fill: getComputedStyle(shape).fill,
                tag: `${shape.tagName}${shape.classList.contains('open') ? ' open' : ''}${shape.getAttribute('stroke-dasharray') ? ' dashed' : ''}`,
              };
            });
          }),
        );
        for (const f of found) {
          const before = seen.get(f.kind);
          if (!before) {
            seen.set(f.kind, { fill: f.fill, tag: f.tag, page: path });
          } else if (before.fill !== f.fill || before.tag !== f.tag) {
            clashes.push(`${f.kind}: ${before.tag} ${before.fill} (/${before.page}) vs ${f.tag} ${f.fill} (/${path})`);
          }
        }
      } finally {
        await v.close();
      }
    }
    expect(seen.size, 'kinds of result drawn across the outcome charts').toBeGreaterThanOrEqual(4);
    expect(clashes, 'one kind, one mark and colour, whatever the chapter').toEqual([]);
  });
});
