/**
 * Which social cards the site has, per language: one for the site and one per chapter, each an SVG
 * (src/lib/social-card.ts). The card routes serve them; the build starts drawing them early, while
 * the chapters compile (src/integrations/content-integrity.ts), from the chapters' frontmatter.
 * (Files starting with "_" are not routes.)
 */
import { AREA_ACCENTS, socialCardSvg } from '../../lib/social-card.ts';
import { areaLabel, type Area } from '../../schemas/areas.ts';
import { DEFAULT_LANG, LANGS, type Lang } from '../../schemas/translation.ts';
import { chapterIdOf } from '../../data/chapter-files.ts';
import { SITE_NAME } from '../../site.config.ts';

/** What a chapter's card shows: its title in the card's language (or English standing in) and its area. */
export interface CardChapter {
  slug: string;
  title: string;
  area: Area;
}

const SITE_CARD: Record<Lang, { title: string; area: string }> = {
  en: { title: 'How reprogrammed cells became medicines', area: 'iPS-cell therapies' },
  ja: { title: '細胞の初期化が薬になるまで', area: 'iPS細胞による治療' },
};

/** Every card of one language: `site`, then one per chapter, as { id, svg }. */
export function socialCards(lang: Lang, chapters: readonly CardChapter[]): { id: string; svg: string }[] {
  const card = (title: string, area: string, accent: string) =>
    socialCardSvg({ title, area, accent, siteName: SITE_NAME, lang });
  return [
    { id: 'site', svg: card(SITE_CARD[lang].title, SITE_CARD[lang].area, AREA_ACCENTS.basics!) },
    ...chapters.map((c) => ({ id: c.slug, svg: card(c.title, areaLabel(c.area, lang), AREA_ACCENTS[c.area]!) })),
  ];
}

/**
 * Every card's SVG in every language, from the chapters' frontmatter as the content check read it
 * (file → frontmatter, `cornea.mdx` and `ja/cornea.mdx`): the same cards the routes make from the
 * collection, so the build can start drawing them before the collection exists. Drafts are left out,
 * and a language without a translation shows the English title, as on the site.
 */
export function socialCardsFromFrontmatter(
  chapters: ReadonlyMap<string, { title: string; area: Area; draft?: boolean | undefined }>,
): string[] {
  const english = [...chapters].filter(([f, fm]) => !f.includes('/') && !fm.draft);
  return LANGS.flatMap((lang) =>
    socialCards(
      lang,
      english.map(([f, fm]) => {
        const local = lang === DEFAULT_LANG ? undefined : chapters.get(`${lang}/${f}`);
        const shown = local && !local.draft ? local : fm;
        return { slug: chapterIdOf(f), title: shown.title, area: fm.area };
      }),
    ).map((c) => c.svg),
  );
}
