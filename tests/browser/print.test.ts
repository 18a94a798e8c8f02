/**
 * Print for teachers: each chapter's one-page handout prints on at most two A4 pages in both
 * languages; in a printed chapter no figure is split across pages, and the printed address is the
 * page's real address, never localhost.
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

const pages = builtPages();
const THERAPY = ['retina-macular-degeneration', 'cornea', 'parkinsons-disease', 'spinal-cord-injury', 'heart-failure'];
const chapters = pages.filter((p) => /^(ja\/)?chapters\/[a-z0-9-]+\/$/.test(p));
const handouts = pages.filter((p) => /^(ja\/)?chapters\/[a-z0-9-]+\/handout\/$/.test(p));

/** Pages in a PDF written by Chromium: one "/Type /Page" object each (not "/Pages"). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

// A4 at 96 CSS px per inch, less the chapter's print margins (18 mm top and bottom, 16 mm sides).
const MM = 96 / 25.4;
const PRINT_WIDTH = Math.floor((210 - 32) * MM);
const PAGE_HEIGHT = Math.floor((297 - 36) * MM);

describe.concurrent('handouts', () => {
  it('every chapter has a handout in both languages', () => {
    expect(chapters.length).toBeGreaterThan(0);
    const missing = chapters.filter((c) => !handouts.includes(`${c}handout/`));
    expect(missing, 'chapters without /handout/ (src/pages/chapters/[id]/handout.astro)').toEqual([]);
  });

  it.each(handouts)(
    '/%s prints on at most two A4 pages, with the key facts, three questions and the address',
    async (path) => {
      const v = await visit(browser, `${baseUrl}${path}`);
      try {
        const parts = await v.page.evaluate(() => ({
          facts: document.querySelectorAll('.handout .key-facts li').length,
          picture: document.querySelectorAll('.handout-picture svg').length,
          questions: document.querySelectorAll('.handout-questions li').length,
          url: document.querySelector('.handout-url')?.textContent?.trim() ?? '',
        }));
        expect(parts.facts, 'key facts on the handout').toBeGreaterThan(0);
        // Therapy chapters lead with a diagram; the others show a chart if they have one.
        if (THERAPY.some((slug) => path.includes(`chapters/${slug}/`))) {
          expect(parts.picture, 'the lead diagram on a therapy chapter handout').toBeGreaterThan(0);
        }
        expect([0, 3], 'the teachers guide gives three questions').toContain(parts.questions);
        expect(parts.url).toMatch(/^https?:\/\/[^/]+\/.*chapters\/[a-z0-9-]+\/$/);
        expect(parts.url).not.toMatch(/localhost/);
        const pdf = await v.page.pdf({ format: 'A4', printBackground: true });
        const n = pdfPages(pdf);
        expect(n, `${path} printed to ${n} A4 pages`).toBeGreaterThan(0);
        expect(n, `${path} printed to ${n} A4 pages; a handout must fit on two`).toBeLessThanOrEqual(2);
      } finally {
        await v.close();
      }
    },
  );
});

describe.concurrent('printing a chapter', () => {
  it.each(chapters)('/%s: no figure is split across pages, and the address printed is real', async (path) => {
    const v = await visit(browser, `${baseUrl}${path}`, { viewport: { width: PRINT_WIDTH, height: PAGE_HEIGHT } });
    try {
      await v.page.emulateMedia({ media: 'print' });
      const figures = await v.page.$$eval('figure', (figs) =>
        figs
          .filter((f) => getComputedStyle(f).display !== 'none' && f.getBoundingClientRect().height > 0)
          .map((f) => ({
            name: (f.querySelector('.chart-title, figcaption')?.textContent ?? f.className).trim().slice(0, 60),
            height: Math.round(f.getBoundingClientRect().height),
            avoid: getComputedStyle(f).breakInside,
          })),
      );
      const problems = figures
        .filter((f) => f.avoid !== 'avoid' || f.height > 0.98 * PAGE_HEIGHT)
        .map((f) => `"${f.name}": ${f.height} px tall (a page is ${PAGE_HEIGHT}), break-inside ${f.avoid}`);
      expect(problems, `${path}: figures that can be split across printed pages`).toEqual([]);
      const printed = await v.page.locator('.printed-from').textContent();
      expect(printed).toContain(new URL(`${baseUrl}${path}`).href);
      expect(printed).not.toMatch(/localhost/);
    } finally {
      await v.close();
    }
  });
});
