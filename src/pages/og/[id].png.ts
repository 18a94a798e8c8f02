/** A 1200 x 630 social card per chapter (and one for the site), rasterised locally with sharp and cached. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters } from '../../data/chapters';
import { socialCards } from './_cards';
import { pngResponse, renderCard, warmCardsInBackground } from './_render';

export const getStaticPaths = (async () => {
  const chapters = await getChapters();
  const cards = socialCards(
    'en',
    chapters.map((c) => ({ slug: c.id, title: c.data.title, area: c.data.area })),
  ).map(({ id, svg }) => ({ params: { id }, props: { svg } }));
  // Astro asks every route for its paths before it renders any page, and renders the cards last:
  // drawing goes on (started by the content check, or here) while the other pages render, and each
  // card's page waits only for its own card. Waiting here for all of them cost 80 s at 1,000 chapters.
  warmCardsInBackground(cards.map((c) => c.props.svg));
  return cards;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => pngResponse(await renderCard(props.svg as string));
