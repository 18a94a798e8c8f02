/** A 1200 x 630 social card per chapter (and one for the site), rasterised locally with sharp and cached. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters } from '../../data/chapters';
import { socialCards } from './_cards';
import { pngResponse, renderCard, warmCards } from './_render';

export const getStaticPaths = (async () => {
  const chapters = await getChapters();
  const cards = socialCards(
    'en',
    chapters.map((c) => ({ slug: c.id, title: c.data.title, area: c.data.area })),
  ).map(({ id, svg }) => ({ params: { id }, props: { svg } }));
  // Draw every card that changed now (most are drawn already, or being drawn, since the build
  // started them early); each page below then reads its PNG from the cache.
  await warmCards(cards.map((c) => c.props.svg));
  return cards;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => pngResponse(await renderCard(props.svg as string));
