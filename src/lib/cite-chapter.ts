/** "Cite this chapter": a plain citation and BibTeX, from the chapter's own metadata. */
export interface ChapterCitationInput {
  id: string;
  title: string;
  url: string;
  updated: Date;
  siteName?: string;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

export function plainCitation({ title, url, updated, siteName = 'Reprogrammed' }: ChapterCitationInput): string {
  return `${siteName} contributors. "${title}". ${siteName}, updated ${iso(updated)}. ${url}`;
}

/** BibTeX needs braces balanced and special characters escaped, or citation managers choke. */
export function escapeBibtex(s: string): string {
  return s
    .replace(/([&%$#_{}])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

export function bibtexCitation({ id, title, url, updated, siteName = 'Reprogrammed' }: ChapterCitationInput): string {
  const key = `reprogrammed-${id}-${updated.getUTCFullYear()}`;
  return [
    `@misc{${key},`,
    `  author = {{${siteName} contributors}},`,
    `  title = {${escapeBibtex(title)}},`,
    `  howpublished = {${siteName}},`,
    `  year = {${updated.getUTCFullYear()}},`,
    `  note = {Updated ${iso(updated)}},`,
    `  url = {${url}}`,
    `}`,
  ].join('\n');
}
