/**
 * Every chart used in a chapter, with its props, found by reading the MDX (the same parser as
 * `npm run check`): embed pages are built from this list; the gallery's examples come from the
 * chart list. Together they are every chart on the site, and so every CSV download.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHARTS, chartIdFor, chartNamed } from '../charts/index.ts';
import { jsxElements, parseMdx, stringAttrs } from '../mdx/parse.ts';
import type { Lang } from '../schemas/translation.ts';
import { CHAPTERS_DIR } from './collections.ts';
import { chapterFilesFor, chapterIdOf } from './chapter-files.ts';

export interface ChartInstance {
  id: string;
  component: string;
  props: Record<string, string>;
  /** The first chapter that uses this chart: where an embed links back to. */
  chapter: string;
}

/**
 * Charts in one language's chapters. Japanese chapters use the same chart ids as English (ids come
 * from data props), with Japanese titles; an English chapter without a translation lends its charts.
 */
export function chartInstances(root = '.', dir = CHAPTERS_DIR, lang: Lang = 'en'): ChartInstance[] {
  const abs = join(root, dir);
  const byId = new Map<string, ChartInstance>();
  for (const file of chapterFilesFor(abs, lang)) {
    for (const el of jsxElements(parseMdx(readFileSync(join(abs, file), 'utf8')))) {
      if (el.type !== 'mdxJsxFlowElement' || !el.name || !chartNamed(el.name)) continue;
      const props = stringAttrs(el);
      const id = chartIdFor(el.name, props);
      if (!byId.has(id)) byId.set(id, { id, component: el.name, props, chapter: chapterIdOf(file) });
    }
  }
  return [...byId.values()];
}

/** The ids and data props of every chart on one language's pages: chapters' charts, then the gallery's. */
export function allChartInputs(root = '.', dir = CHAPTERS_DIR, lang: Lang = 'en'): Omit<ChartInstance, 'chapter'>[] {
  const out = new Map<string, Omit<ChartInstance, 'chapter'>>();
  for (const { chapter: _, ...i } of chartInstances(root, dir, lang)) out.set(i.id, i);
  for (const c of CHARTS) {
    for (const e of c.examples) {
      const props = Object.fromEntries(
        Object.entries(e.props).filter((p): p is [string, string] => p[1] !== undefined),
      );
      const id = chartIdFor(c.name, props);
      if (!out.has(id)) out.set(id, { id, component: c.name, props });
    }
  }
  return [...out.values()];
}
