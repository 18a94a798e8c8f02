/** Every page's address, for the sitemap; chapters and their corrections pages come from the collections. */
import { correctedChapterSlugs, getChapters } from './chapters';
import { DEFAULT_LANG, LANGS } from '../schemas/translation.ts';

export const STATIC_PAGES = [
  '',
  'glossary/',
  'search/',
  'teachers/',
  'about/',
  'data/',
  'charts/',
  'studies/',
  'access/',
];

export async function allPagePaths(): Promise<{ path: string; updated?: Date }[]> {
  const chapters = await getChapters();
  const corrected = await correctedChapterSlugs();
  const english = [
    ...STATIC_PAGES.map((path) => ({ path })),
    ...chapters.map((c) => ({ path: `chapters/${c.id}/`, updated: c.data.updated })),
    ...chapters.filter((c) => corrected.has(c.id)).map((c) => ({ path: `chapters/${c.id}/corrections/` })),
  ];
  return LANGS.flatMap((lang) => english.map((p) => (lang === DEFAULT_LANG ? p : { ...p, path: `${lang}/${p.path}` })));
}
