/** A 1200 x 630 social card per chapter (and one for the site), rasterised locally with sharp and cached. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters } from '../../data/chapters';
import { AREA_LABELS } from '../../schemas/areas';
import { AREA_ACCENTS, socialCardSvg } from '../../lib/social-card';
import { SITE_NAME } from '../../site.config';
import { pngResponse, renderCard, warmCards } from './_render';

export const getStaticPaths = (async () => {
  const chapters = await getChapters();
  const cards = [
    {
      id: 'site',
      title: 'How reprogrammed cells became medicines',
      area: 'iPS-cell therapies',
      accent: AREA_ACCENTS.basics!,
    },
    ...chapters.map((c) => ({
      id: c.id,
      title: c.data.title,
      area: AREA_LABELS[c.data.area],
      accent: AREA_ACCENTS[c.data.area]!,
    })),
  ].map(({ id, ...card }) => ({ params: { id }, props: { svg: socialCardSvg({ ...card, siteName: SITE_NAME }) } }));
  // Render every card that changed now, in parallel; each page below then reads its PNG from the cache.
  await warmCards(cards.map((c) => c.props.svg));
  return cards;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => pngResponse(await renderCard(props.svg as string));
