/**
 * A reference as a reader of one language sees it: the kind of source in the page's language, a
 * site-written title in Japanese when the record gives one (`ja.title`), and, for text written in
 * Japanese, the Japanese citation style (著者（年）「題名」媒体、日付。) instead of English periods.
 * Used by the reference list and the citation cards.
 */
import { referenceText } from '../../lib/reference-format.ts';
import { formatDate, formatPartialDate } from '../../lib/format.ts';
import { t } from '../../i18n/index.ts';
import type { Reference } from '../../schemas/reference.ts';
import { localize, type Lang } from '../../schemas/translation.ts';

export interface ShownReference {
  ref: Reference;
  /** The language the reference's text is written in (its own, or the page's when translated). */
  textLang: string;
  /** "Peer-reviewed paper", 「査読論文」...: the kind of source, in the page's language. */
  kind: string;
}

export function showReference(ref: Reference, lang: Lang): ShownReference {
  const local = localize(ref, lang);
  const translated = local.title !== ref.title;
  return { ref: local, textLang: translated ? lang : ref.language, kind: t(lang)(`ref.kind.${ref.type}`) };
}

/** Authors the Japanese way: up to three joined with 、 then ほか; or the organisation. */
export function japaneseAuthors(ref: Pick<Reference, 'authors' | 'organisation'>, max = 3): string {
  const a = ref.authors;
  if (a.length === 0) return ref.organisation ?? '';
  return a.slice(0, max).join('、') + (a.length > max ? 'ほか' : '');
}

/** 著者（2024）「題名」媒体 巻(号) 頁、2024年11月。 */
export function japaneseReferenceText(ref: Reference): string {
  const where = [ref.venue, ref.volume && `${ref.volume}${ref.issue ? `(${ref.issue})` : ''}`, ref.pages]
    .filter(Boolean)
    .join(' ');
  const date = ref.date && ref.type !== 'journal-article' ? `、${formatPartialDate(ref.date, 'ja')}` : '';
  return `${japaneseAuthors(ref)}（${ref.year}）「${ref.title}」${where}${date}。`;
}

/** The plain text of a reference in the language it is written in. */
export function referenceTextIn(ref: Reference, textLang: string): string {
  return textLang === 'ja' ? japaneseReferenceText(ref) : referenceText(ref);
}

/** The day a web source was read, in the page's language: 「2026年12月1日閲覧」, "accessed 1 December 2026". */
export function accessedText(accessed: Date, lang: Lang): string {
  return t(lang)('ref.accessed', { date: formatDate(accessed, lang) });
}
