/** "Cite this chapter": a plain citation and BibTeX, from the chapter's own metadata. */
export interface ChapterCitationInput {
  id: string;
  title: string;
  url: string;
  updated: Date;
  siteName?: string;
  /** The chapter's language: a Japanese chapter is cited the Japanese way. */
  lang?: 'en' | 'ja';
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** 2026年11月26日 */
const japaneseDate = (d: Date) => `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;

export function plainCitation({
  title,
  url,
  updated,
  siteName = 'Reprogrammed',
  lang = 'en',
}: ChapterCitationInput): string {
  // Quotes inside 「」 become 『』, as Japanese nests them.
  if (lang === 'ja') {
    const inner = title.replace(/「/g, '『').replace(/」/g, '』');
    return `${siteName}執筆者一同「${inner}」『${siteName}』${japaneseDate(updated)}更新。${url}`;
  }
  return `${siteName} contributors. "${title}". ${siteName}, updated ${iso(updated)}. ${url}`;
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
  siteName = 'Reprogrammed',
  lang = 'en',
}: ChapterCitationInput): string {
  const key = `reprogrammed-${id}-${updated.getUTCFullYear()}`;
  return [
    `@misc{${key},`,
    `  author = {{${lang === 'ja' ? `${siteName}執筆者一同` : `${siteName} contributors`}}},`,
    `  title = {${escapeBibtex(title)}},`,
    `  howpublished = {${siteName}},`,
    `  year = {${updated.getUTCFullYear()}},`,
    lang === 'ja' ? `  note = {${japaneseDate(updated)}更新},` : `  note = {Updated ${iso(updated)}},`,
    ...(lang === 'ja' ? ['  language = {japanese},'] : []),
    `  url = {${url}}`,
    `}`,
  ].join('\n');
}
