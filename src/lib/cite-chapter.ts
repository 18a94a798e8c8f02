/** "Cite this chapter": a plain citation and BibTeX, from the chapter's own metadata. */
import { SITE_NAME } from '../site.config.ts';

export interface ChapterCitationInput {
  id: string;
  title: string;
  url: string;
  updated: Date;
  /** The site's name; SITE_NAME from src/site.config.ts unless given. */
  siteName?: string;
  /** The chapter's language: a Japanese chapter is cited the Japanese way. */
  lang?: 'en' | 'ja';
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** 2026年11月26日 */
const japaneseDate = (d: Date) => `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;

/** How a chapter is cited in each language. */
const STYLE = {
  en: {
    plain: (site: string, title: string, updated: Date, url: string) =>
      `${site} contributors. "${title}". ${site}, updated ${iso(updated)}. ${url}`,
    author: (site: string) => `${site} contributors`,
    note: (updated: Date) => `Updated ${iso(updated)}`,
    extra: [] as string[],
  },
  ja: {
    // Quotes inside 「」 become 『』, as Japanese nests them.
    plain: (site: string, title: string, updated: Date, url: string) =>
      `${site}執筆者一同「${title.replace(/「/g, '『').replace(/」/g, '』')}」『${site}』${japaneseDate(updated)}更新。${url}`,
    author: (site: string) => `${site}執筆者一同`,
    note: (updated: Date) => `${japaneseDate(updated)}更新`,
    extra: ['  language = {japanese},'],
  },
};

export function plainCitation({
  title,
  url,
  updated,
  siteName = SITE_NAME,
  lang = 'en',
}: ChapterCitationInput): string {
  return STYLE[lang].plain(siteName, title, updated, url);
}

/** BibTeX needs braces balanced and special characters escaped, or citation managers choke. */
export function escapeBibtex(s: string): string {
  return s
    .replace(/([&%$#_{}])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

export function bibtexCitation({
  id,
  title,
  url,
  updated,
  siteName = SITE_NAME,
  lang = 'en',
}: ChapterCitationInput): string {
  const style = STYLE[lang];
  const key = `${siteName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${id}-${updated.getUTCFullYear()}`;
  return [
    `@misc{${key},`,
    `  author = {{${style.author(siteName)}}},`,
    `  title = {${escapeBibtex(title)}},`,
    `  howpublished = {${siteName}},`,
    `  year = {${updated.getUTCFullYear()}},`,
    `  note = {${style.note(updated)}},`,
    ...style.extra,
    `  url = {${url}}`,
    `}`,
  ].join('\n');
}
