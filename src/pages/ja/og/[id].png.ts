/**
 * The Japanese social cards (1200 x 630): /ja/og/<chapter>.png and /ja/og/site.png, with the
 * Japanese title (or the English one for a chapter not yet translated) and a Japanese area label.
 * Rasterised locally with sharp and cached (src/pages/og/_render.ts); Japanese glyphs come from a
 * system CJK font (see .ci/run).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLocalChapters } from '../../../data/chapters';
import { areaLabel } from '../../../schemas/areas';
import { AREA_ACCENTS, socialCardSvg } from '../../../lib/social-card';
import { SITE_NAME } from '../../../site.config';
import { pngResponse, renderCard, warmCards } from '../../og/_render';

export const getStaticPaths = (async () => {
  const chapters = await getLocalChapters('ja');
  const cards = [
    { id: 'site', title: '細胞の初期化が薬になるまで', area: 'iPS細胞による治療', accent: AREA_ACCENTS.basics! },
    ...chapters.map((c) => ({
      id: c.slug,
      title: c.entry.data.title,
      area: areaLabel(c.english.data.area, 'ja'),
      accent: AREA_ACCENTS[c.english.data.area]!,
    })),
  ].map(({ id, ...card }) => ({
    params: { id },
    props: { svg: socialCardSvg({ ...card, siteName: SITE_NAME, lang: 'ja' }) },
  }));
  await warmCards(cards.map((c) => c.props.svg));
  return cards;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => pngResponse(await renderCard(props.svg as string));
