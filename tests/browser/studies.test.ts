/**
 * The studies list as readers and teachers use it: every record is in the HTML without JavaScript;
 * the filters work by keyboard and announce the count; every permalink lands on its study (that its
 * "Link" copies it and says "Copied" is in reading-aids.test.ts, with the clipboard's other tests); search finds a study by its condition and its institution in both
 * languages; the open-data files carry the same records and parse.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './support/chromium';
import { visit, type Visit } from './support/visit';
import { parseCsv } from '../../src/charts/shared/table';

const baseUrl = inject('baseUrl');
const base = new URL(baseUrl).pathname;
let browser: Browser;

interface TrialJson {
  id: string;
  scope: 'japan' | 'abroad';
  title: string;
  condition?: string;
  institution: string;
  start: string;
  ja?: { condition?: string; institution?: string; title?: string };
}
const trials = JSON.parse(readFileSync('dist/data/trials.json', 'utf8')) as TrialJson[];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const visibleIds = (page: Page) =>
  page.$$eval('[data-study]', (els) =>
    els.filter((e) => !(e as HTMLElement).hidden).map((e) => e.querySelector('h3')!.id),
  );

describe('without JavaScript', () => {
  it.each(['studies/', 'ja/studies/'])(
    '/%s lists every record, each with its facts and sources, and hides the inert controls',
    async (path) => {
      const v = await visit(browser, `${baseUrl}${path}`, { javaScriptEnabled: false });
      try {
        const ids = await v.page.$$eval('[data-study] h3', (hs) => hs.map((h) => h.id));
        expect(ids.sort()).toEqual(trials.map((t) => t.id).sort());
        expect(await v.page.locator('[data-study]:visible').count()).toBe(trials.length);
        expect(await v.page.locator('[data-study-filters]').isVisible()).toBe(false);
        // Japan first, then the comparison set, each under its own heading.
        const order = await v.page.$$eval('[data-study]', (els) => els.map((e) => e.getAttribute('data-f-scope')));
        expect(order.indexOf('abroad')).toBe(order.filter((s) => s === 'japan').length);
        for (const fact of await v.page.locator('.study').first().locator('dt').allTextContents())
          expect(fact.trim()).not.toBe('');
        expect(await v.page.locator('.study .study-sources a').count()).toBeGreaterThanOrEqual(trials.length);
      } finally {
        await v.close();
      }
    },
  );
});

// One page shared by these tests, each leaving the filters as the next expects: one after another.
describe('filters', { concurrent: false }, () => {
  let v: Visit;
  beforeAll(async () => {
    v = await visit(browser, `${baseUrl}studies/`);
  });
  afterAll(() => v?.close());

  it('change the visible list by keyboard and announce the count in a live region', async () => {
    const { page } = v;
    const status = page.locator('[data-study-count]');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.textContent()).toContain(`all ${trials.length} studies`);

    // Reach the "Where" control with the keyboard and pick the next option (the first real value).
    await page.locator('#filter-scope').focus();
    await page.keyboard.press('ArrowDown');
    const chosen = await page.locator('#filter-scope').inputValue();
    expect(chosen).not.toBe('');
    const expected = trials.filter((t) => t.scope === chosen).map((t) => t.id);
    await expect.poll(() => visibleIds(page)).toHaveLength(expected.length);
    expect((await visibleIds(page)).sort()).toEqual(expected.sort());
    expect(await status.textContent()).toBe(`Showing ${expected.length} of ${trials.length} studies`);
    expect(page.url()).toContain(`?scope=${chosen}`);

    // Sort newest first: the first visible study has the latest start.
    await page.locator('#filter-sort').selectOption('newest');
    const newest = [...trials].filter((t) => t.scope === chosen).sort((a, b) => b.start.localeCompare(a.start))[0]!;
    const first = (await visibleIds(page))[0]!;
    expect(trials.find((t) => t.id === first)!.start.slice(0, 4)).toBe(newest.start.slice(0, 4));

    // "Show all" by keyboard restores the whole list and says so.
    await page.locator('.filters-reset').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => visibleIds(page)).toHaveLength(trials.length);
    expect(await status.textContent()).toBe(`Showing all ${trials.length} studies`);
  });

  it('show a message instead of an empty page when nothing matches', async () => {
    const { page } = v;
    const years = await page.$$eval('#filter-year option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    // The first year with the comparison set abroad chosen: some combination will be empty.
    await page.locator('#filter-scope').selectOption('abroad');
    let empty = false;
    for (const y of years.filter(Boolean)) {
      await page.locator('#filter-year').selectOption(y);
      if ((await visibleIds(page)).length === 0) {
        empty = true;
        break;
      }
    }
    expect(empty).toBe(true);
    expect(await page.locator('[data-study-empty]').isVisible()).toBe(true);
    expect(await page.locator('[data-study-count]').textContent()).toBe(`Showing 0 of ${trials.length} studies`);
    await page.locator('.filters-reset').click();
  });

  it('restore a shared filtered view from the address', async () => {
    const id = trials.find((t) => t.scope === 'japan')!;
    const shared = await visit(browser, `${baseUrl}studies/?scope=abroad&sort=newest`);
    try {
      expect(await shared.page.locator('#filter-scope').inputValue()).toBe('abroad');
      expect(await visibleIds(shared.page)).not.toContain(id.id);
      expect(shared.consoleErrors).toEqual([]);
    } finally {
      await shared.close();
    }
  });
});

describe('permalinks', () => {
  it('every study has a "Link" to an element on the page, and a deep link lands on it', async () => {
    const v = await visit(browser, `${baseUrl}studies/`);
    try {
      const hrefs = await v.page.$$eval('a[data-copy-study]', (as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs).toHaveLength(trials.length);
      for (const h of hrefs) {
        expect(h).toMatch(/^#[a-z0-9-]+$/);
        expect(await v.page.locator(h).count(), h).toBe(1);
      }
    } finally {
      await v.close();
    }
    const last = trials[trials.length - 1]!;
    const deep = await visit(browser, `${baseUrl}ja/studies/#${last.id}`);
    try {
      const box = await deep.page.locator(`#${last.id}`).boundingBox();
      const height = deep.page.viewportSize()!.height;
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeLessThan(height / 2);
    } finally {
      await deep.close();
    }
  });
  // That its "Link" copies the study's address and says "Copied": reading-aids.test.ts, with the
  // other tests that use the browser's one clipboard.
});

/** Pagefind's own API in the page, as the search dialog uses it: result paths with their sub-results. */
async function search(page: Page, query: string): Promise<string[]> {
  const script = `(async () => {
    const base = ${JSON.stringify(base)};
    if (!window.__pf) {
      window.__pf = await import(base + 'pagefind/pagefind.js');
      await window.__pf.options({ baseUrl: base });
    }
    const res = await window.__pf.search(${JSON.stringify(query)});
    const data = await Promise.all(res.results.slice(0, 5).map((r) => r.data()));
    return data.map((d) => new URL(d.url, location.href).pathname);
  })()`;
  return page.evaluate(script) as Promise<string[]>;
}

describe('search', () => {
  // A study outside the chapters' areas, so the studies list is where its details live.
  const study = trials.find((t) => t.id === 'chiba-nkt-head-neck');
  const queries = {
    en: { condition: 'head and neck cancer', institution: 'Chiba University' },
    ja: { condition: '頭頸部がん', institution: '千葉大学' },
  };

  it('has the study to look for, with these words in its record', () => {
    expect(study, 'the record chiba-nkt-head-neck').toBeTruthy();
    expect(study!.condition!.toLowerCase()).toContain(queries.en.condition);
    expect(study!.institution).toContain(queries.en.institution);
    expect(study!.ja!.condition).toContain(queries.ja.condition);
    expect(study!.ja!.institution).toContain(queries.ja.institution);
  });

  it('finds the studies list by the study’s condition and by its institution, in English', async () => {
    const v = await visit(browser, `${baseUrl}search/`);
    try {
      expect(await search(v.page, queries.en.condition)).toContain(`${base}studies/`);
      expect(await search(v.page, queries.en.institution)).toContain(`${base}studies/`);
    } finally {
      await v.close();
    }
  });

  it('finds the Japanese studies list by the same study’s condition and institution, in Japanese', async () => {
    const v = await visit(browser, `${baseUrl}ja/search/`);
    try {
      const byCondition = await search(v.page, queries.ja.condition);
      const byInstitution = await search(v.page, queries.ja.institution);
      expect(byCondition).toContain(`${base}ja/studies/`);
      expect(byInstitution).toContain(`${base}ja/studies/`);
      for (const r of [...byCondition, ...byInstitution]) expect(r.startsWith(`${base}ja/`)).toBe(true);
    } finally {
      await v.close();
    }
  });
});

describe('open data', () => {
  it('the CSV and JSON carry every study with the new fields, and parse', () => {
    const rows = parseCsv(readFileSync('dist/data/trials.csv', 'utf8'));
    const [head, ...body] = rows;
    expect(head).toEqual(expect.arrayContaining(['id', 'scope', 'field', 'condition', 'kind', 'latest', 'stage']));
    expect(body.map((r) => r[0]).sort()).toEqual(trials.map((t) => t.id).sort());
    for (const r of body) expect(r).toHaveLength(head!.length);
    const scope = head!.indexOf('scope');
    expect(new Set(body.map((r) => r[scope]))).toEqual(new Set(['japan', 'abroad']));
    expect(trials.filter((t) => t.scope === 'japan').length).toBeGreaterThanOrEqual(6);
  });
});
