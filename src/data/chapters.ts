/** Typed queries over the chapters collection. Drafts never reach the built site. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Chapter = CollectionEntry<'chapters'>;

export async function getChapters(): Promise<Chapter[]> {
  const all = await getCollection('chapters', (c) => !c.data.draft);
  return all.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

export async function getNeighbours(id: string): Promise<{ prev?: Chapter; next?: Chapter }> {
  const list = await getChapters();
  const i = list.findIndex((c) => c.id === id);
  return { prev: i > 0 ? list[i - 1] : undefined, next: i >= 0 ? list[i + 1] : undefined };
}
