/**
 * Typed queries over the chapters collection. Drafts never reach the built site.
 *
 * A build asks for the chapter list on every page (the header menu, the chapter's neighbours, the
 * corrections log...), so `astro build` reads and sorts the collection once per language and hands
 * out copies; `astro dev` reads it afresh each time, so an edited chapter shows at once.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../schemas/translation.ts';

export type Chapter = CollectionEntry<'chapters'>;

/** The chapter's slug without its language folder: "ja/cornea" -> "cornea". */
export const slugOf = (c: Chapter) => c.id.replace(/^[a-z]{2}\//, '');

export interface LocalChapter {
  slug: string;
  /** The entry to show: the translation if there is one, else the English original. */
  entry: Chapter;
  english: Chapter;
  /** False when `entry` is the English original standing in for a missing translation. */
  translated: boolean;
}

/** Content does not change during a build; in dev it may change between two requests. */
const STATIC_BUILD = Boolean(import.meta.env?.PROD);

/** Memoizes `load` for the whole build (a promise, so concurrent pages share one read). */
function perBuild<K, V>(load: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const cache = new Map<K, Promise<V>>();
  return (key) => {
    if (!STATIC_BUILD) return load(key);
    let hit = cache.get(key);
    if (!hit) {
      hit = load(key);
      cache.set(key, hit);
      hit.catch(() => cache.delete(key));
    }
    return hit;
  };
}

const englishChapters = perBuild(async (_: 'en') => {
  const all = await getCollection('chapters', (c) => !c.data.draft && !c.id.includes('/'));
  return all.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
});

const localChapters = perBuild(async (lang: Lang): Promise<LocalChapter[]> => {
  const english = await englishChapters('en');
  if (lang === 'en') return english.map((c) => ({ slug: c.id, entry: c, english: c, translated: true }));
  const translations = new Map(
    (await getCollection('chapters', (c) => !c.data.draft && c.id.startsWith(`${lang}/`))).map((c) => [slugOf(c), c]),
  );
  return english.map((c) => {
    const t = translations.get(c.id);
    return { slug: c.id, entry: t ?? c, english: c, translated: Boolean(t) };
  });
});

/**
 * Chapters for a language, in reading order, with English standing in for missing translations.
 * A new array each call (callers may sort it); the entries are shared, so do not change them.
 */
export async function getLocalChapters(lang: Lang): Promise<LocalChapter[]> {
  return [...(await localChapters(lang))];
}

/** English chapters (ids without a language folder), in reading order; a new array each call. */
export async function getChapters(): Promise<Chapter[]> {
  return [...(await englishChapters('en'))];
}

/**
 * Slugs of the chapters a record of the corrections log names: each has a corrections page
 * (/chapters/<slug>/corrections/), listed in the sitemap.
 */
export async function correctedChapterSlugs(): Promise<Set<string>> {
  return new Set((await getCollection('corrections')).flatMap((e) => e.data.chapters));
}
