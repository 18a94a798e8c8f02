/**
 * Checks that read one open page, shared by the one-visit-per-page suite (pages.test.ts): each
 * takes the page as it is and returns what a reader would find wrong, as readable lines, so a
 * single visit can run every check that applies to that page.
 */
import type { Page } from 'playwright-core';

/** Visible SVG text inside charts whose content ends in an ellipsis. */
export function cutChartTexts(page: Page): Promise<string[]> {
  return page.$$eval('figure.chart svg text', (nodes) =>
    nodes
      .filter((n) => (n as SVGTextElement).getClientRects().length > 0 && n.checkVisibility())
      .map((n) => n.textContent?.trim() ?? '')
      .filter((t) => /(…|\.\.\.)$/.test(t)),
  );
}

export interface TimelineFacts {
  id: string;
  fromYear: number;
  mode: string;
  firstEventYear: number;
  marks: number;
  labels: string[];
  titles: string[];
}

/** Each timeline on the page: its first axis year, its events' years and titles, its visible labels. */
export function timelines(page: Page): Promise<TimelineFacts[]> {
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

/** A chapter's timelines: the axis starts no more than two years before the first event. */
export async function timelineAxisProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const t of await timelines(page)) {
    if (!Number.isFinite(t.fromYear)) problems.push(`${t.id}: the wide view does not name its first year`);
    else if (t.fromYear > t.firstEventYear) problems.push(`${t.id}: axis starts after its first event`);
    else if (t.firstEventYear - t.fromYear > 2)
      problems.push(
        `${t.id}: axis starts in ${t.fromYear}, ${t.firstEventYear - t.fromYear} years before its first event (${t.firstEventYear}); fit it to the chapter's events`,
      );
  }
  return problems;
}

/** Timelines drawn one event per row: every event has its whole title on the chart. */
export async function timelineLabelProblems(page: Page, width: number): Promise<string[]> {
  const problems: string[] = [];
  for (const t of await timelines(page)) {
    if (t.mode !== 'rows') continue;
    if (t.labels.length !== t.marks)
      problems.push(`${t.id} at ${width} px: ${t.labels.length} labelled events of ${t.marks}`);
    const labels = [...t.labels].sort();
    const titles = [...t.titles].sort();
    if (JSON.stringify(labels) !== JSON.stringify(titles))
      problems.push(
        `${t.id} at ${width} px: labels are not the whole titles: ${labels.filter((l) => !titles.includes(l)).join(' | ')}`,
      );
  }
  return problems;
}

/** The home page's site-wide timeline: at least a dozen whole titles, and the crowded years shaded. */
export async function homeTimelineProblems(page: Page): Promise<string[]> {
  const [t] = await timelines(page);
  if (!t) return ['no timeline on the home page'];
  const problems: string[] = [];
  if (t.labels.length < 12) problems.push(`${t.labels.length} direct labels on the home timeline (at least 12)`);
  for (const l of t.labels) if (!t.titles.includes(l)) problems.push(`"${l}" is not a whole title`);
  if ((await page.locator('figure.chart svg.plot .crowd-label').count()) === 0)
    problems.push('the crowded years are not shaded and counted');
  return problems;
}

/**
 * Charts as the server sends them, which is what a reader without JavaScript gets: the page's own
 * HTML, parsed without running anything. Every chart has a title, SVG (or a big-number panel),
 * data rows, a text summary and source links.
 */
export function chartsWithoutJs(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const problems: string[] = [];
    for (const f of doc.querySelectorAll('figure.chart')) {
      const name = doc.getElementById(f.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() ?? '';
      // Every chart draws SVG, except a panel that is a single big number, which is text.
      const drawn =
        f.querySelectorAll('.chart-body svg').length + f.querySelectorAll('.chart-body [class*="big"]').length;
      const label = name || f.getAttribute('data-chart') || 'a chart';
      if (!name) problems.push(`${label}: no chart title`);
      if (!drawn) problems.push(`${label}: no SVG or big-number panel`);
      if (!f.querySelectorAll('.chart-data tbody tr').length) problems.push(`${label}: no data rows`);
      if (!f.querySelector('.chart-summary')?.textContent?.trim()) problems.push(`${label}: no text summary`);
      if (!f.querySelectorAll('.chart-sources a').length) problems.push(`${label}: no source links`);
    }
    return problems;
  });
}

// A4 at 96 CSS px per inch, less the chapter's print margins (18 mm top and bottom, 16 mm sides).
const MM = 96 / 25.4;
export const PRINT_WIDTH = Math.floor((210 - 32) * MM);
export const PAGE_HEIGHT = Math.floor((297 - 36) * MM);

/**
 * A printed chapter (viewport at the printed width, print media): no figure can be split across
 * pages, and the printed address is the page's real one, never localhost.
 */
export async function printProblems(page: Page, url: string): Promise<string[]> {
  await page.setViewportSize({ width: PRINT_WIDTH, height: PAGE_HEIGHT });
  await page.emulateMedia({ media: 'print' });
  // The page fits tall figures to a page when the print media query starts to match, which it
  // reports at the next rendering step: wait two frames for it.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  const figures = await page.$$eval('figure', (figs) =>
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
  const printed = (await page.locator('.printed-from').textContent()) ?? '';
  if (!printed.includes(new URL(url).href)) problems.push(`printed address "${printed}" is not ${url}`);
  if (/localhost/.test(printed)) problems.push(`printed address "${printed}" names localhost`);
  await page.emulateMedia({ media: 'screen' });
  return problems;
}

/** Pages in a PDF written by Chromium: one "/Type /Page" object each (not "/Pages"). */
export const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

/**
 * A chapter's one-page handout: key facts, the lead diagram on a therapy chapter, three questions
 * or none, the chapter's real address, and at most two A4 pages when printed.
 */
export async function handoutProblems(page: Page, therapy: boolean): Promise<string[]> {
  const parts = await page.evaluate(() => ({
    facts: document.querySelectorAll('.handout .key-facts li').length,
    picture: document.querySelectorAll('.handout-picture svg').length,
    questions: document.querySelectorAll('.handout-questions li').length,
    url: document.querySelector('.handout-url')?.textContent?.trim() ?? '',
  }));
  const problems: string[] = [];
  if (parts.facts === 0) problems.push('no key facts on the handout');
  // Therapy chapters lead with a diagram; the others show a chart if they have one.
  if (therapy && parts.picture === 0) problems.push('no lead diagram on a therapy chapter handout');
  if (![0, 3].includes(parts.questions)) problems.push(`${parts.questions} questions (the teachers guide gives three)`);
  if (!/^https?:\/\/[^/]+\/.*chapters\/[a-z0-9-]+\/$/.test(parts.url) || /localhost/.test(parts.url))
    problems.push(`handout address "${parts.url}" is not the chapter's real address`);
  // As a reader's print does: print media first, and the page's own print script (which zooms a tall
  // figure to fit a page when the print media query starts to match) has run by the next frames;
  // page.pdf() alone lays the page out at once, and under load could beat that script.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  const n = pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
  await page.emulateMedia({ media: 'screen' });
  if (n === 0 || n > 2) problems.push(`printed to ${n} A4 pages; a handout must fit on one or two`);
  return problems;
}
