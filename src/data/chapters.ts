/** Typed queries over the chapters collection. Drafts never reach the built site. */
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

/** Chapters for a language, in reading order, with English standing in for missing translations. */
export async function getLocalChapters(lang: Lang): Promise<LocalChapter[]> {
  const english = await getChapters();
  if (lang === 'en') return english.map((c) => ({ slug: c.id, entry: c, english: c, translated: true }));
  const translations = new Map(
    (await getCollection('chapters', (c) => !c.data.draft && c.id.startsWith(`${lang}/`))).map((c) => [slugOf(c), c]),
  );
  return english.map((c) => {
    const t = translations.get(c.id);
    return { slug: c.id, entry: t ?? c, english: c, translated: Boolean(t) };
  });
}

/** English chapters (ids without a language folder). */
export async function getChapters(): Promise<Chapter[]> {
  const all = await getCollection('chapters', (c) => !c.data.draft && !c.id.includes('/'));
  return all.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}
