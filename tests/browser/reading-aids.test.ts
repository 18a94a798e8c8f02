/**
 * Reading aids on phones and for teachers: every citation and glossary card on a therapy chapter
 * opens wholly inside the window at 320, 375 and 414 px (one visit, resized), in both languages, by tap
 * and by keyboard (every card through the focus handler that a tap and the Tab key both reach, with
 * its trigger where a tap finds it and where the keyboard brings it; real taps on the first trigger,
 * the first citation, the first glossary term and the last trigger; the Tab key through the whole page);
 * chart, heading and study permalinks say "Copied" where the reader can see it (the study's from
 * studies.test.ts, so that every test of the clipboard is in one block); embeds report their height.
 */
import { readFileSync } from 'node:fs';
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

const THERAPY = ['retina-macular-degeneration', 'cornea', 'parkinsons-disease', 'spinal-cord-injury', 'heart-failure'];
const pages = builtPages();
const chapters = THERAPY.flatMap((slug) =>
  ['', 'ja/'].map((prefix) => `${prefix}chapters/${slug}/`).filter((p) => pages.includes(p)),
);
const WIDTHS = [320, 375, 414];

/**
 * Where the open card is, against the window, as the page measures it: `__measure()` now, and
 * `__cardBox(ms)` waiting (frame by frame) up to `ms` (a second by default) for exactly one open card.
 * The reader tools load on the first tap or focus, so the first card waits for them: up to 30 s
 * (`FIRST_CARD_MS`). A second was not enough on a loaded machine: the first tap at 320 px opened no
 * card within it in one of three clean runs in session 4 and one of one in session 5, though the page
 * replays that tap (with reader.js held back 1.5 or 3 s the card opened 1.6 or 3.2 s after the tap,
 * and 0.9 s after it with the CPU slowed eightfold, Parkinson's chapter, both languages).
 */
function installCardProbe(page: Page) {
  return page.evaluate(() => {
    const measure = () => {
      const open = document.querySelectorAll<HTMLElement>('.popover-card.is-open');
      if (open.length !== 1) return { count: open.length, text: '' };
      const r = open[0]!.getBoundingClientRect();
      return {
        count: 1,
        left: Math.round(r.left),
        right: Math.round(r.right),
        top: Math.round(r.top),
        bottom: Math.round(r.bottom),
        width: document.documentElement.clientWidth,
        height: window.innerHeight,
        text: (open[0]!.textContent ?? '').trim().slice(0, 40),
      };
    };
    const cardBox = (ms = 1000) => {
      const until = performance.now() + ms;
      return new Promise<ReturnType<typeof measure>>((done) => {
        const look = () => {
          const box = measure();
          if (box.count === 1 || performance.now() > until) done(box);
          else requestAnimationFrame(look);
        };
        look();
      });
    };
    Object.assign(window, { __measure: measure, __cardBox: cardBox });
  });
}

/** How long the first card may take: the reader tools are fetched and started by that first tap. */
const FIRST_CARD_MS = 30_000;

interface Box {
  count: number;
  text: string;
  left?: number;
  right?: number;
  top?: number;
  bottom?: number;
  width?: number;
  height?: number;
}
const inside = (b: Box) =>
  b.count === 1 && 'left' in b && b.left! >= 0 && b.top! >= 0 && b.right! <= b.width! && b.bottom! <= b.height!;
const describeBox = (b: Box) =>
  b.count !== 1
    ? `${b.count} cards open`
    : `card "${b.text}" at left ${b.left}, right ${b.right}, top ${b.top}, bottom ${b.bottom} in a ${b.width}x${b.height} window`;

const TRIGGER = '.chapter-body [data-popover-trigger]';

/**
 * Real taps on a few triggers: the first (tapped before the reader tools have started, so the page
 * must hold that tap and replay it), the first citation, the first glossary term and the last.
 * Each is brought to the upper part of the window first, and the cards not wholly inside the window
 * are returned. Every other card is opened at the same place by the same focus handler a tap reaches
 * (`focusEveryCard`): a tap on every trigger cost a rendered frame each, two thirds of this file's
 * time, and proved nothing the focus round and these taps do not.
 * One round trip measures the last card, closes it (Escape, as a reader would) and brings the next
 * trigger into place; a second is the tap itself.
 */
async function tapSomeCards(page: Page): Promise<{ tapped: number; problems: string[] }> {
  const picks = await page.evaluate((sel) => {
    const all = [...document.querySelectorAll<HTMLElement>(sel)];
    const first = (cls: string) => all.findIndex((el) => el.classList.contains(cls));
    return [...new Set([0, first('cite-link'), first('term-link'), all.length - 1])].filter((n) => n >= 0);
  }, TRIGGER);
  const problems: string[] = [];
  let last = '';
  for (let i = 0; i <= picks.length; i++) {
    const step = await page.evaluate(
      async ({ n, wait, sel }) => {
        // The card the previous tap opened (the first waits for the reader tools: FIRST_CARD_MS).
        let box = null;
        if (wait > 0) {
          box = await (window as unknown as { __cardBox: (ms: number) => Promise<unknown> }).__cardBox(wait);
          document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        }
        if (n < 0) return { box, x: 0, y: 0, name: '' };
        const el = document.querySelectorAll<HTMLElement>(sel)[n]!;
        el.scrollIntoView({ block: 'center' });
        window.scrollBy(0, window.innerHeight * 0.15);
        const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
        return {
          box,
          x: r.left + Math.min(r.width / 2, 6),
          y: r.top + r.height / 2,
          name: el.textContent?.trim() ?? '',
        };
      },
      { n: picks[i] ?? -1, wait: i === 0 ? 0 : i === 1 ? FIRST_CARD_MS : 1000, sel: TRIGGER },
    );
    if (i > 0 && !inside(step.box as Box))
      problems.push(`tap on "${last}" (#${picks[i - 1]! + 1}): ${describeBox(step.box as Box)}`);
    if (i === picks.length) break;
    last = step.name;
    await page.touchscreen.tap(step.x, step.y);
  }
  return { tapped: picks.length, problems };
}

/**
 * Tabs through the page from the top; every trigger reached must show its card inside the window.
 * The page records each trigger as focus reaches it (the card opens on focus, before focusin), so
 * the keys are pressed in runs of ten and the page is asked only between runs.
 */
async function tabToEveryCard(page: Page, count: number): Promise<{ reached: number; problems: string[] }> {
  await page.evaluate((sel) => {
    const w = window as unknown as { __tabbed: Map<number, unknown>; __measure: () => unknown; __listening?: boolean };
    w.__tabbed = new Map();
    if (!w.__listening) {
      w.__listening = true;
      document.addEventListener('focusin', (e) => {
        const triggers = [...document.querySelectorAll(sel)];
        const n = triggers.indexOf(e.target as Element);
        if (n < 0 || w.__tabbed.has(n)) return;
        const name = ((e.target as Element).textContent ?? '').trim();
        const box = w.__measure() as { count: number };
        w.__tabbed.set(n, { name, box });
        // Not yet open (the reader tools still starting): look again on the next frames.
        if (box.count !== 1)
          (window as unknown as { __cardBox: () => Promise<unknown> })
            .__cardBox()
            .then((later) => w.__tabbed.set(n, { name, box: later }));
      });
    }
    window.scrollTo(0, 0);
    (document.activeElement as HTMLElement | null)?.blur();
  }, TRIGGER);
  let reached = 0;
  for (let presses = 0; presses < count * 3 + 300 && reached < count;) {
    for (let k = 0; k < 10; k++, presses++) await page.keyboard.press('Tab');
    reached = await page.evaluate(() => (window as unknown as { __tabbed: Map<number, unknown> }).__tabbed.size);
  }
  const seen = await page.evaluate(() => [
    ...(window as unknown as { __tabbed: Map<number, { name: string; box: unknown }> }).__tabbed.values(),
  ]);
  const problems = seen
    .filter((s) => !inside(s.box as Box))
    .map((s) => `keyboard focus on "${s.name}": ${describeBox(s.box as Box)}`);
  return { reached, problems };
}

/**
 * Every card at the current width, opened by focus (the handler a tap's focus and the Tab key both
 * reach), with its trigger where a tap would find it (the upper part of the window) and where the
 * keyboard would bring it (scrolled into view by focus): one round trip for all the cards.
 */
function focusEveryCard(page: Page): Promise<string[]> {
  return page.evaluate(async (sel) => {
    const w = window as unknown as { __cardBox: () => Promise<Box> };
    const triggers = [...document.querySelectorAll<HTMLElement>(sel)];
    const problems: string[] = [];
    const escape = () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    const ok = (b: Box) =>
      b.count === 1 && b.left! >= 0 && b.top! >= 0 && b.right! <= b.width! && b.bottom! <= b.height!;
    const say = (b: Box) =>
      b.count !== 1
        ? `${b.count} cards open`
        : `card "${b.text}" at left ${b.left}, right ${b.right}, top ${b.top}, bottom ${b.bottom} in a ${b.width}x${b.height} window`;
    for (const [i, el] of triggers.entries()) {
      const name = el.textContent?.trim();
      // Where a tap finds it.
      el.scrollIntoView({ block: 'center' });
      window.scrollBy(0, window.innerHeight * 0.15);
      el.focus({ preventScroll: true });
      let box = await w.__cardBox();
      if (!ok(box)) problems.push(`"${name}" (#${i + 1}) in the upper part of the window: ${say(box)}`);
      escape();
      el.blur();
      // Where the keyboard brings it: from above, focus scrolls it into view.
      window.scrollTo(0, 0);
      el.focus();
      box = await w.__cardBox();
      if (!ok(box)) problems.push(`"${name}" (#${i + 1}) scrolled into view by focus: ${say(box)}`);
      escape();
      el.blur();
    }
    return problems;
  }, TRIGGER);
}

describe.concurrent('citation and glossary cards on phones', () => {
  it('at least one therapy chapter in each language is tested', ({ expect }) => {
    expect(chapters.filter((p) => p.startsWith('ja/')).length, 'Japanese therapy chapters in dist/').toBeGreaterThan(0);
    expect(chapters.filter((p) => !p.startsWith('ja/')).length, 'English therapy chapters in dist/').toBeGreaterThan(0);
  });

  // One visit per chapter: the window is resized to each width in turn (no reload), and at each
  // width every card is opened by tap and by keyboard.
  for (const path of chapters) {
    it(
      `/${path} at ${WIDTHS.join(', ')} px: every card opens inside the window, by tap and by keyboard`,
      // About 10 s alone; 100-180 s beside the other stages of a clean-clone npm test on two cores
      // (two timed out at 180 s there, 2 Dec 2026).
      {
        timeout: 600_000,
      },
      async ({ expect }) => {
        const v = await visit(browser, `${baseUrl}${path}`, {
          hasTouch: true,
          isMobile: true,
          viewport: { width: WIDTHS[0]!, height: 700 },
        });
        try {
          const count = await v.page.locator(TRIGGER).count();
          expect(count, `${path}: citations and glossary terms to test`).toBeGreaterThan(3);
          await installCardProbe(v.page);
          // Real input at one width each, because it costs a rendered frame per tap or key: taps on
          // four triggers at the narrowest width, the Tab key through the page at the widest.
          // Every card at every width through the same focus handler, in the page.
          for (const width of WIDTHS) {
            await v.page.setViewportSize({ width, height: 700 });
            const problems: string[] = [];
            if (width === WIDTHS[0]) {
              // First, so the first tap lands before the reader tools have started.
              const tapped = await tapSomeCards(v.page);
              expect(tapped.tapped, 'triggers tapped: the first, a citation, a term, the last').toBeGreaterThanOrEqual(
                3,
              );
              problems.push(...tapped.problems);
              expect(v.page.url(), 'a first tap must open the card, not follow the link').toBe(`${baseUrl}${path}`);
            }
            problems.push(...(await focusEveryCard(v.page)));
            if (width === WIDTHS[WIDTHS.length - 1]) {
              const tabbed = await tabToEveryCard(v.page, count);
              expect
                .soft(tabbed.reached, `${path} at ${width} px: Tab should reach every citation and term`)
                .toBe(count);
              problems.push(...tabbed.problems);
            }
            expect.soft(problems, `${path} at ${width} px: cards not wholly inside the window`).toEqual([]);
          }
        } finally {
          await v.close();
        }
      },
    );
  }
});

describe('cards near an edge on wide screens', () => {
  it('a card opened at the right edge or near the bottom stays inside the window', async () => {
    const v = await visit(browser, `${baseUrl}chapters/cornea/`, { viewport: { width: 1024, height: 700 } });
    try {
      const count = await v.page.locator(TRIGGER).count();
      await installCardProbe(v.page);
      const problems: string[] = [];
      for (let i = 0; i < count; i++) {
        const { name, box } = await v.page.evaluate(
          async ({ n, sel }) => {
            const el = document.querySelectorAll<HTMLElement>(sel)[n]!;
            // Alternate: the trigger near the bottom of the window, then near the middle.
            el.scrollIntoView({ block: n % 2 ? 'end' : 'center' });
            el.focus();
            const box = await (window as unknown as { __cardBox: () => Promise<unknown> }).__cardBox();
            return { name: el.textContent?.trim(), box: box as Box };
          },
          { n: i, sel: TRIGGER },
        );
        if (!inside(box)) problems.push(`"${name}": ${describeBox(box)}`);
      }
      expect(problems).toEqual([]);
    } finally {
      await v.close();
    }
  });
});

// The browser has one clipboard for all its pages: every test that copies a link is here, and they
// run one after another (this block is not concurrent, and no other file copies anything).
describe('permalinks for teachers', () => {
  it('"Link to this chart" is visible on every chapter chart and says "Copied" after a click', async () => {
    const v = await visit(browser, `${baseUrl}chapters/cornea/`, { viewport: { width: 1280, height: 900 } });
    try {
      await v.page
        .context()
        .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
      const charts = await v.page.locator('.chapter-body figure.chart').count();
      expect(charts).toBeGreaterThan(0);
      expect(
        await v.page.locator('.chapter-body figure.chart a.chart-link:visible').count(),
        'a visible chart link on each chart',
      ).toBe(charts);
      const link = v.page.locator('.chapter-body figure.chart a.chart-link').first();
      await link.click();
      await expect.poll(() => link.evaluate((el) => getComputedStyle(el, '::after').content)).toMatch(/Copied/);
      const copied = await v.page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toMatch(/\/chapters\/cornea\/#chart-/);
    } finally {
      await v.close();
    }
  });

  it('a heading permalink shows a visible confirmation in Japanese too', async () => {
    const v = await visit(browser, `${baseUrl}ja/chapters/cornea/`, { viewport: { width: 1280, height: 900 } });
    try {
      await v.page
        .context()
        .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
      const anchor = v.page.locator('.chapter-body h2 a.heading-anchor').first();
      await anchor.focus();
      await anchor.click();
      await expect
        .poll(() => anchor.evaluate((el) => [getComputedStyle(el, '::after').content, getComputedStyle(el).opacity]))
        .toEqual(['"リンクをコピーしました"', '1']);
    } finally {
      await v.close();
    }
  });

  it('a study\'s "Link" on /studies/ copies the study address and shows "Copied"', async () => {
    const trials = JSON.parse(readFileSync('dist/data/trials.json', 'utf8')) as { id: string }[];
    const v = await visit(browser, `${baseUrl}studies/`, { permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      const id = trials[0]!.id;
      const holder = v.page.locator(`#${id}`).locator('xpath=ancestor::li[1]').locator('.study-permalink');
      await expect.poll(() => holder.locator('.copied').isVisible()).toBe(false);
      await holder.locator('a').click();
      await expect.poll(() => holder.locator('.copied').isVisible()).toBe(true);
      const copied = await v.page.evaluate(() => navigator.clipboard.readText());
      expect(new URL(copied).pathname).toBe(`${new URL(baseUrl).pathname}studies/`);
      expect(new URL(copied).hash).toBe(`#${id}`);
    } finally {
      await v.close();
    }
  });
});

describe('embeds size themselves', () => {
  const embed = pages.find((p) => p.startsWith('embed/timeline')) ?? pages.find((p) => p.startsWith('embed/'));

  it.each([375, 640])('the embed page tells a %i px frame its full height', async (width) => {
    expect(embed, 'an embed page in dist/').toBeTruthy();
    const v = await visit(browser, `${baseUrl}about/`);
    try {
      const result = await v.page.evaluate(
        async ({ src, width }) => {
          const frame = document.createElement('iframe');
          frame.width = String(width);
          frame.height = '100';
          frame.title = 'test';
          const heights: number[] = [];
          window.addEventListener('message', (e) => {
            if (e.source === frame.contentWindow && e.data?.type === 'reprogrammed:height') {
              heights.push(e.data.height);
              frame.height = String(Math.ceil(e.data.height));
            }
          });
          frame.src = src;
          document.body.append(frame);
          // Until the frame has been told a height and is as tall as its page (at most 30 s: a loaded machine).
          const state = () => ({
            heights,
            content: frame.contentDocument?.documentElement?.scrollHeight ?? Infinity,
            frame: frame.getBoundingClientRect().height,
          });
          const settled = () => {
            const s = state();
            return s.heights.length > 0 && frame.contentDocument?.readyState === 'complete' && s.frame >= s.content - 1;
          };
          const until = Date.now() + 30_000;
          while (!settled() && Date.now() < until) await new Promise((ok) => setTimeout(ok, 50));
          return state();
        },
        { src: `${baseUrl}${embed}`, width },
      );
      expect(result.heights.length, 'height messages from the embed page').toBeGreaterThan(0);
      expect(result.frame, 'frame tall enough for the whole chart').toBeGreaterThanOrEqual(result.content - 1);
    } finally {
      await v.close();
    }
  });
});
