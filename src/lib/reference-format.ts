/**
 * One citation style everywhere (reference lists, popovers, exports): authors, year, title,
 * venue, volume(issue), pages, then a DOI or URL link.
 */
import type { Reference } from '../schemas/reference.ts';

export function authorList(ref: Pick<Reference, 'authors' | 'organisation'>, max = 3): string {
  const a = ref.authors;
  if (a.length === 0) return ref.organisation ?? '';
  if (a.length <= max) return a.length === 1 ? a[0]! : `${a.slice(0, -1).join(', ')} & ${a[a.length - 1]}`;
  return `${a.slice(0, max).join(', ')} et al.`;
}

export function referenceLink(ref: Pick<Reference, 'doi' | 'url'>): string | undefined {
  return ref.doi ? `https://doi.org/${ref.doi}` : ref.url;
}

/** The reference as plain text, e.g. for a tooltip, a print list or a title attribute. */
export function referenceText(ref: Reference): string {
  const where = [ref.venue, ref.volume && `${ref.volume}${ref.issue ? `(${ref.issue})` : ''}`, ref.pages]
    .filter(Boolean)
    .join(' ');
  return `${authorList(ref)} (${ref.year}). ${ref.title}. ${where}.`.replace(/\.\./g, '.');
}

export function shortCite(ref: Reference): string {
  const first = ref.authors[0]?.split(',')[0] ?? ref.organisation ?? ref.venue;
  return `${first}${ref.authors.length > 1 ? ' et al.' : ''} ${ref.year}`;
}
