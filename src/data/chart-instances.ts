/**
 * Every chart used in a chapter, with its props, found by reading the MDX (the same parser as
 * `npm run check`): embed pages are built from this list; the gallery's examples come from the
 * chart list. Together they are every chart on the site, and so every CSV download.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHARTS, chartIdFor, chartNamed } from '../charts/index.ts';
import { mdxComponentsOf, stringAttrs } from '../mdx/parse.ts';
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
    for (const { name, props } of chartsIn(join(abs, file))) {
      const id = chartIdFor(name, props);
      if (!byId.has(id)) byId.set(id, { id, component: name, props, chapter: chapterIdOf(file) });
    }
  }
  return [...byId.values()];
}

/**
 * The chart elements of one chapter file. The parse is cached per file text (mdxComponentsOf, filled
 * by the content check too): a build asks for the list from the embed pages, the gallery and the CSV
 * routes in both languages, and re-parsing every chapter each time cost about 13 s at 300 chapters
 * (p1's profile). An edited chapter has new text, so it is parsed again.
 */
function chartsIn(path: string): { name: string; props: Record<string, string> }[] {
  return mdxComponentsOf(readFileSync(path, 'utf8'))
    .filter((el) => el.type === 'mdxJsxFlowElement' && el.name && chartNamed(el.name))
    .map((el) => ({ name: el.name!, props: stringAttrs(el) }));
}

/** What the gallery shows for one chart: a chapter's own instance (its title and takeaway with it). */
export interface GalleryItem {
  id: string;
  /** Data props plus the chapter's title and takeaway. */
  props: Record<string, string>;
  /** The chapter it comes from; undefined only for a chart no chapter uses yet. */
  chapter?: string | undefined;
}

/**
 * The gallery's instances of each chart, so every chart on the site has one title: the chapter
 * instances the declaration's `examples` name (by id), else the first chapter instance of that
 * chart; only a chart that no chapter uses falls back to its examples and their gallery titles.
 */
export function galleryItems(lang: Lang = 'en', root = '.', dir = CHAPTERS_DIR): Map<string, GalleryItem[]> {
  const instances = chartInstances(root, dir, lang);
  const out = new Map<string, GalleryItem[]>();
  for (const c of CHARTS) {
    const mine = instances.filter((i) => i.component === c.name);
    const wanted = c.examples.map((e) => chartIdFor(c.name, definedProps(e.props)));
    const named = wanted.map((id) => mine.find((i) => i.id === id)).filter((i): i is ChartInstance => Boolean(i));
    const chosen = named.length > 0 ? named : mine.slice(0, 1);
    out.set(
      c.name,
      chosen.length > 0
        ? chosen.map(({ id, props, chapter }) => ({ id, props, chapter }))
        : c.examples.map((e, i) => ({
            id: wanted[i]!,
            props: { ...definedProps(e.props), ...c.gallery[lang].examples[i] },
          })),
    );
  }
  return out;
}

function definedProps(props: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(Object.entries(props).filter((p): p is [string, string] => p[1] !== undefined));
}

/** The ids and data props of every chart on one language's pages: chapters' charts, then the gallery's. */
export function allChartInputs(root = '.', dir = CHAPTERS_DIR, lang: Lang = 'en'): Omit<ChartInstance, 'chapter'>[] {
  const out = new Map<string, Omit<ChartInstance, 'chapter'>>();
  for (const { chapter: _, ...i } of chartInstances(root, dir, lang)) out.set(i.id, i);
  for (const c of CHARTS) {
    for (const e of c.examples) {
      const props = definedProps(e.props);
      const id = chartIdFor(c.name, props);
      if (!out.has(id)) out.set(id, { id, component: c.name, props });
    }
  }
  return [...out.values()];
}
