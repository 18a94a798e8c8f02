/**
 * The Japanese social cards (1200 x 630): /ja/og/<chapter>.png and /ja/og/site.png, with the
 * Japanese title (or the English one for a chapter not yet translated) and a Japanese area label.
 * Rasterised locally with sharp and cached (src/pages/og/_render.ts); Japanese glyphs come from a
 * system CJK font (see .ci/run).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLocalChapters } from '../../../data/chapters';
import { socialCards } from '../../og/_cards';
import { pngResponse, renderCard, warmCardsInBackground } from '../../og/_render';

export const getStaticPaths = (async () => {
  const chapters = await getLocalChapters('ja');
  const cards = socialCards(
    'ja',
    chapters.map((c) => ({ slug: c.slug, title: c.entry.data.title, area: c.english.data.area })),
  ).map(({ id, svg }) => ({ params: { id }, props: { svg } }));
  // Drawn while the other pages render (see src/pages/og/[id].png.ts).
  warmCardsInBackground(cards.map((c) => c.props.svg));
  return cards;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => pngResponse(await renderCard(props.svg as string));
